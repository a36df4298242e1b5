namespace Mona.Kernels.Resize;

/// <summary>
/// Gradient of <see cref="ResizeCpu.Forward"/>: the same tap tables, read backwards. Each output
/// pixel's gradient is scattered onto its (up to four) input taps with the forward's weights:
/// dx[r0, c0] += (1 − wr)(1 − wc)·dy, dx[r0, c1] += (1 − wr)·wc·dy, dx[r1, c0] += wr·(1 − wc)·dy,
/// dx[r1, c1] += wr·wc·dy (nearest: weight 0, all to the first tap). Threads split the planes.
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
        fixed (float* pdy = outputGrad, pdx = inputGrad)
        {
            nint ady = (nint)pdy, adx = (nint)pdx;
            Parallel.For(0, planes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, p =>
            {
                var dy = (float*)ady + (long)p * outH * outW;
                var dx = (float*)adx + (long)p * h * w;
                for (var oy = 0; oy < outH; oy++)
                {
                    int r0 = rows.First[oy] * w, r1 = rows.Second[oy] * w;
                    var wr = rows.Weight[oy];
                    for (var ox = 0; ox < outW; ox++)
                    {
                        int c0 = columns.First[ox], c1 = columns.Second[ox];
                        var wc = columns.Weight[ox];
                        var d = dy[oy * outW + ox];
                        dx[r0 + c0] += (1 - wr) * (1 - wc) * d;
                        dx[r0 + c1] += (1 - wr) * wc * d;
                        dx[r1 + c0] += wr * (1 - wc) * d;
                        dx[r1 + c1] += wr * wc * d;
                    }
                }
            });
        }
    }
}
