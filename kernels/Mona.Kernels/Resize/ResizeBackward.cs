using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Resize;

/// <summary>
/// Gradient of <see cref="ResizeCpu.Forward"/>: the same tap tables, read backwards. Each output
/// pixel's gradient is scattered onto its (up to four) input taps with the forward's weights:
/// dx[r0, c0] += (1 − wr)(1 − wc)·dy, dx[r0, c1] += (1 − wr)·wc·dy, dx[r1, c0] += wr·(1 − wc)·dy,
/// dx[r1, c1] += wr·wc·dy (nearest: one tap, weight 1). Threads split the planes into fixed chunks
/// (<see cref="ResizeGradientPlanes"/>); the result does not depend on the thread count.
/// </summary>
public static unsafe class ResizeBackward
{
    /// <param name="inputGrad">N·C·H·W, accumulated.</param>
    public static void Run(ReadOnlySpan<float> outputGrad, int n, int c, int h, int w, int outH, int outW, float scaleH, float scaleW,
        ResizeOptions options, Span<float> inputGrad, int threads)
    {
        ArgumentNullException.ThrowIfNull(options);
        var planes = n * c;
        if (outputGrad.Length < planes * outH * outW || inputGrad.Length < planes * h * w)
            throw new ArgumentException($"resize backward sizes do not match {n}×{c}×{h}×{w} → {outH}×{outW}");
        var rows = new ResizeAxis(h, outH, scaleH, options);
        var columns = new ResizeAxis(w, outW, scaleW, options);
        // Per plane: the output gradient read, the input gradient read and written.
        fixed (float* pdy = outputGrad, pdx = inputGrad)
            ParallelChunks.Run(new ResizeGradientPlanes(pdy, pdx, h, w, outH, outW, rows, columns, options.Mode == ResizeMode.Nearest),
                planes, threads, (long)outH * outW + 2L * h * w);
    }
}
