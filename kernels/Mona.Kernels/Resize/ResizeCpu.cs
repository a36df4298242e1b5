using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Resize;

/// <summary>
/// Spatial resize of NCHW data on the CPU (ONNX Resize over the last two axes, no ROI, no
/// antialias): nearest or bilinear with the ONNX coordinate modes. The tap tables of each axis are
/// built once per call; threads split the output rows.
/// </summary>
public static unsafe class ResizeCpu
{
    /// <param name="x">N·C·H·W inputs.</param>
    /// <param name="scaleH">Output/input scale along H used by the coordinate mapping (outH/H when a size was asked for).</param>
    /// <param name="scaleW">Same along W.</param>
    /// <param name="y">N·C·outH·outW outputs; must not overlap x.</param>
    public static void Forward(ReadOnlySpan<float> x, int n, int c, int h, int w, int outH, int outW, float scaleH, float scaleW,
        ResizeOptions options, Span<float> y, int threads)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (n < 0 || c < 0 || h < 1 || w < 1 || outH < 1 || outW < 1)
            throw new ArgumentException($"invalid resize {n}×{c}×{h}×{w} → {outH}×{outW}");
        if (!(scaleH > 0f) || !(scaleW > 0f) || float.IsInfinity(scaleH) || float.IsInfinity(scaleW))
            throw new ArgumentException($"resize scales must be positive and finite, got {scaleH}, {scaleW}");
        var planes = checked(n * c);
        if (x.Length < checked(planes * h * w)) throw new ArgumentException($"input has {x.Length} values, expected {n}×{c}×{h}×{w}", nameof(x));
        if (y.Length < checked(planes * outH * outW)) throw new ArgumentException($"output has {y.Length} values, expected {n}×{c}×{outH}×{outW}", nameof(y));
        if (x.Overlaps(y)) throw new ArgumentException("resize output must not overlap its input", nameof(y));
        if (planes == 0) return;
        var rows = new ResizeAxis(h, outH, scaleH, options);
        var columns = new ResizeAxis(w, outW, scaleW, options);
        fixed (float* px = x, py = y, rw = rows.Weight, cw = columns.Weight)
        fixed (int* r0 = rows.First, r1 = rows.Second, c0 = columns.First, c1 = columns.Second)
        {
            var body = new ResizeRows(px, py, h, w, outH, outW, r0, r1, rw, c0, c1, cw, options.Mode == ResizeMode.Linear,
                columns.IsDoubling);
            ParallelChunks.Run(body, planes * outH, threads, 4L * outW);
        }
    }
}
