namespace Mona.Kernels.Gemm;

/// <summary>The element-wise function fused into a GEMM or convolution's store.</summary>
public enum ActivationKind
{
    /// <summary>Identity.</summary>
    None,

    /// <summary>max(x, 0).</summary>
    Relu,

    /// <summary>x for x &gt; 0, slope·x otherwise.</summary>
    LeakyRelu,
}
