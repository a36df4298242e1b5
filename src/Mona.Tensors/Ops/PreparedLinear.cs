using Mona.Kernels.Linear;

namespace Mona.Tensors.Ops;

/// <summary>
/// A fully connected layer whose weights were packed once by <see cref="ComputeContext.PrepareLinear"/>;
/// pass it to <see cref="ComputeContext.Linear(Tensor, PreparedLinear, Mona.Kernels.Gemm.Activation)"/>
/// on every call. Holds its own copy of the weights; dispose it to free them.
/// </summary>
public sealed class PreparedLinear : IDisposable
{
    internal PreparedLinear(PackedLinear packed) => Packed = packed;

    /// <summary>M, the number of outputs.</summary>
    public int OutFeatures => Packed.OutFeatures;

    /// <summary>K, the number of inputs.</summary>
    public int InFeatures => Packed.InFeatures;

    internal PackedLinear Packed { get; }

    public void Dispose() => Packed.Dispose();
}
