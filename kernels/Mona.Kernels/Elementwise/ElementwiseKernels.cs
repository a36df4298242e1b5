using ILGPU;

namespace Mona.Kernels.Elementwise;

/// <summary>
/// Element-wise GPU kernels over dense float views. Thread mapping: one thread per element,
/// index i reads element i of each input and writes element i of the output, so a warp touches
/// one contiguous 128-byte line per view. The op structs are compile-time parameters: each op
/// gets its own compiled kernel with the function inlined.
/// </summary>
public static class ElementwiseKernels
{
    /// <summary>y[i] = op(x[i]).</summary>
    public static void Map<TOp>(Index1D index, ArrayView<float> x, TOp op, ArrayView<float> y)
        where TOp : struct, IUnaryOp =>
        y[index] = op.Apply(x[index]);

    /// <summary>y[i] = op(a[i], b[i]).</summary>
    public static void Zip<TOp>(Index1D index, ArrayView<float> a, ArrayView<float> b, TOp op, ArrayView<float> y)
        where TOp : struct, IBinaryOp =>
        y[index] = op.Apply(a[index], b[index]);

    /// <summary>
    /// y = x + bias[c] over an NCHW tensor: element i lies in channel (i / plane) mod C, because
    /// i = ((n·C + c)·plane + p).
    /// </summary>
    public static void AddChannelBias(Index1D index, ArrayView<float> x, ArrayView<float> bias, int channels, int plane, ArrayView<float> y) =>
        y[index] = x[index] + bias[index / plane % channels];
}
