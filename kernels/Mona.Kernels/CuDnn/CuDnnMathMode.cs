namespace Mona.Kernels.CuDnn;

/// <summary>Which arithmetic cuDNN may use for float convolutions.</summary>
public enum CuDnnMathMode
{
    /// <summary>FMA kernels only: full fp32 accuracy (PyTorch with <c>allow_tf32 = False</c>).</summary>
    Fp32,

    /// <summary>TF32 tensor cores allowed (10-bit mantissa products; PyTorch's default for convolutions).</summary>
    AllowTf32,
}
