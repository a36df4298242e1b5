using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Activations;

/// <summary>
/// Softmax over the channel axis of NCHW data (ONNX Softmax, opset 13+, axis 1):
/// y[n, c, p] = e^(x[n, c, p] − m) / Σ_c' e^(x[n, c', p] − m) with m = max_c' x[n, c', p], so large
/// logits never overflow. Threads split (sample, pixel block) items.
/// </summary>
public static unsafe class SoftmaxCpu
{
    /// <param name="x">N·C·plane inputs.</param>
    /// <param name="y">N·C·plane outputs; may be the same memory as x.</param>
    public static void Channels(ReadOnlySpan<float> x, int n, int c, int plane, Span<float> y, int threads)
    {
        if (n < 0 || c < 0 || plane < 0) throw new ArgumentException($"negative size {n}×{c}×{plane}");
        var length = checked(n * c * plane);
        if (x.Length < length || y.Length < length)
            throw new ArgumentException($"softmax over {n}×{c}×{plane} needs {length} values, got input {x.Length}, output {y.Length}");
        if (x.Overlaps(y, out var offset) && offset != 0)
            throw new ArgumentException("softmax output overlaps its input at an offset", nameof(y));
        if (length == 0) return;
        var blocks = (plane + SoftmaxPixels.Block - 1) / SoftmaxPixels.Block;
        fixed (float* px = x, py = y)
            ParallelChunks.Run(new SoftmaxPixels(px, py, c, plane, blocks), n * blocks,
                threads, 12L * c * Math.Min(plane, SoftmaxPixels.Block));
    }
}
