using Mona.Kernels.Conv;

namespace Mona.Tensors.Ops;

/// <summary>
/// A convolution layer whose weights were packed once by <see cref="ComputeContext.PrepareConv2d"/>;
/// pass it to <see cref="ComputeContext.Conv2d(Tensor, PreparedConv2d, Mona.Kernels.Gemm.Activation)"/>
/// on every call so the weights are not re-packed. Holds its own copy of the weights: the source
/// tensors may be disposed. Dispose it when the layer is no longer needed (frees the packed copy).
/// </summary>
public sealed class PreparedConv2d : IDisposable
{
    internal PreparedConv2d(PackedConv2d packed, TensorShape weightShape, Conv2dOptions options)
    {
        Packed = packed;
        WeightShape = weightShape;
        Options = options;
    }

    /// <summary>The OIHW weight shape (O×I×KH×KW).</summary>
    public TensorShape WeightShape { get; }

    public Conv2dOptions Options { get; }

    internal PackedConv2d Packed { get; }

    public void Dispose() => Packed.Dispose();
}
