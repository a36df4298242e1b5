using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Warp;

/// <summary>
/// Bilinear warping on the CPU, the twin of the ILGPU warp kernel and the motion warp of the
/// talking-head generator.
/// <para><see cref="Forward"/> is ONNX GridSample / torch grid_sample (mode bilinear) over NCHW
/// input with an N×outH×outW×2 grid of normalised (x, y) in [−1, 1], x right, y down.</para>
/// <para><see cref="ForwardFlow"/> samples with a dense pixel displacement field instead:
/// output(n, c, y, x) = input(n, c) read bilinearly at (x + dx[n, y, x], y + dy[n, y, x]), where the
/// flow is N×2×H×W (plane 0 = dx, plane 1 = dy) and the output has the input's size. It equals
/// <see cref="Forward"/> with align corners and the grid x_n = 2(x + dx)/(W − 1) − 1.</para>
/// Thread mapping: threads split the N·outH output rows; each row computes its tap indices and
/// weights with Vector256 once, then blends every channel from horizontal pixel-pair loads.
/// </summary>
public static unsafe class WarpCpu
{
    /// <param name="input">N·C·H·W values.</param>
    /// <param name="grid">N·outH·outW·2 normalised coordinates (x then y).</param>
    /// <param name="output">N·C·outH·outW values; must not overlap the input.</param>
    public static void Forward(ReadOnlySpan<float> input, int n, int c, int h, int w, ReadOnlySpan<float> grid,
        int outH, int outW, WarpOptions options, Span<float> output, int threads)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check(input, n, c, h, w, output, outH, outW);
        var gridLength = checked(2L * n * outH * outW);
        if (grid.Length < gridLength)
            throw new ArgumentException($"grid has {grid.Length} values, expected {n}×{outH}×{outW}×2 = {gridLength}", nameof(grid));
        if ((long)n * c * outH * outW == 0) return;
        fixed (float* pi = input, pg = grid, po = output)
        {
            var rows = new WarpRows(pi, pg, null, po, c, h, w, outH, outW, options.Padding, options.AlignCorners);
            ParallelChunks.Run(rows, n * outH, threads, outW * (6L * c + 12));
        }
    }

    /// <param name="input">N·C·H·W values.</param>
    /// <param name="flow">N·2·H·W pixel displacements: dx plane, then dy plane, per sample.</param>
    /// <param name="padding">How samples outside the input read; reflection mirrors about the corner pixel centres.</param>
    /// <param name="output">N·C·H·W values; must not overlap the input.</param>
    public static void ForwardFlow(ReadOnlySpan<float> input, int n, int c, int h, int w, ReadOnlySpan<float> flow,
        WarpPadding padding, Span<float> output, int threads)
    {
        Check(input, n, c, h, w, output, h, w);
        var flowLength = checked(2L * n * h * w);
        if (flow.Length < flowLength)
            throw new ArgumentException($"flow has {flow.Length} values, expected {n}×2×{h}×{w} = {flowLength}", nameof(flow));
        if ((long)n * c * h * w == 0) return;
        fixed (float* pi = input, pf = flow, po = output)
        {
            var rows = new WarpRows(pi, null, pf, po, c, h, w, h, w, padding, true);
            ParallelChunks.Run(rows, n * h, threads, w * (6L * c + 12));
        }
    }

    private static void Check(ReadOnlySpan<float> input, int n, int c, int h, int w, ReadOnlySpan<float> output, int outH, int outW)
    {
        if (n < 0 || c < 0 || h <= 0 || w <= 0 || outH < 0 || outW < 0)
            throw new ArgumentException($"invalid warp sizes: input {n}×{c}×{h}×{w}, output {outH}×{outW}");
        var inLength = checked((long)n * c * h * w);
        if (input.Length < inLength) throw new ArgumentException($"input has {input.Length} values, expected {n}×{c}×{h}×{w} = {inLength}", nameof(input));
        var outLength = checked((long)n * c * outH * outW);
        if (output.Length < outLength) throw new ArgumentException($"output has {output.Length} values, expected {n}×{c}×{outH}×{outW} = {outLength}", nameof(output));
        if (input.Overlaps(output)) throw new ArgumentException("warp output must not overlap its input", nameof(output));
    }
}
