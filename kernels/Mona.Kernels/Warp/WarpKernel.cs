using ILGPU;

namespace Mona.Kernels.Warp;

/// <summary>
/// Bilinear grid sampling (PyTorch grid_sample / ONNX GridSample, mode bilinear) on the GPU:
/// out[n, c, i, j] = Σ over the 4 taps (y, x) around (py, px) of w_y·w_x·in[n, c, y, x], where
/// (px, py) is the grid's (x, y) at [n, i, j] mapped to pixels (see <see cref="WarpAxis"/>) and
/// folded by the padding rule; taps outside the image contribute 0.
/// </summary>
/// <remarks>
/// <para>Layout: input N×C×H×W, grid N×outH×outW×2 holding (x, y), output N×C×outH×outW, all dense.</para>
/// <para>Thread mapping: one thread per output pixel, index = (n·outH + i)·outW + j. Neighbouring
/// threads read neighbouring grid pairs and write neighbouring output pixels (coalesced); each thread
/// computes the tap offsets and weights once and then loops over the C channels, stepping by
/// H·W in the input and outH·outW in the output, so the coordinate math is amortised over C.</para>
/// </remarks>
public static class WarpKernel
{
    /// <summary>The kernel; <typeparamref name="TPadding"/> picks the out-of-range rule at compile time.</summary>
    public static void Forward<TPadding>(
        Index1D index, ArrayView<float> input, ArrayView<float> grid, WarpGeometry geometry,
        WarpAxis axisX, WarpAxis axisY, TPadding padding, ArrayView<float> output)
        where TPadding : struct, IWarpPadding
    {
        int thread = index;
        var outPlane = geometry.OutputHeight * geometry.OutputWidth;
        var sample = thread / outPlane;
        var pixel = thread - sample * outPlane;

        var px = padding.Fold(grid[2L * thread] * axisX.Scale + axisX.Offset, axisX);
        var py = padding.Fold(grid[2L * thread + 1] * axisY.Scale + axisY.Offset, axisY);
        Blend(input, output, geometry, sample, pixel, outPlane, px, py);
    }

    /// <summary>
    /// Flow-field variant (the twin of WarpCpu.ForwardFlow): the output has the input's size and
    /// pixel (x, y) of sample n reads the input at (x + dx, y + dy), where the flow is N×2×H×W
    /// (plane 0 dx, plane 1 dy, in pixels). The axes are the aligned-corner ones, so reflection
    /// mirrors about the corner pixel centres. Thread mapping as <see cref="Forward{TPadding}"/>.
    /// </summary>
    public static void ForwardFlow<TPadding>(
        Index1D index, ArrayView<float> input, ArrayView<float> flow, WarpGeometry geometry,
        WarpAxis axisX, WarpAxis axisY, TPadding padding, ArrayView<float> output)
        where TPadding : struct, IWarpPadding
    {
        int thread = index;
        var outPlane = geometry.OutputHeight * geometry.OutputWidth;
        var sample = thread / outPlane;
        var pixel = thread - sample * outPlane;
        var row = pixel / geometry.OutputWidth;
        var column = pixel - row * geometry.OutputWidth;
        var at = 2L * sample * outPlane + pixel;
        var px = padding.Fold(column + flow[at], axisX);
        var py = padding.Fold(row + flow[at + outPlane], axisY);
        Blend(input, output, geometry, sample, pixel, outPlane, px, py);
    }

    /// <summary>
    /// Bilinear blend at pixel coordinate (px, py) for every channel of one sample, written to output
    /// pixel <paramref name="pixel"/>: weights and tap offsets once, then one FMA chain per channel.
    /// </summary>
    private static void Blend(ArrayView<float> input, ArrayView<float> output, WarpGeometry geometry,
        int sample, int pixel, int outPlane, float px, float py)
    {
        var left = MathF.Floor(px);
        var top = MathF.Floor(py);
        var x0 = (int)left;
        var y0 = (int)top;
        var wx1 = px - left;
        var wy1 = py - top;
        var wx0 = 1f - wx1;
        var wy0 = 1f - wy1;

        // A tap outside the image keeps weight 0 and reads offset 0, so the channel loop has no branch.
        var w = geometry.InputWidth;
        var h = geometry.InputHeight;
        var inX0 = x0 >= 0 && x0 < w;
        var inX1 = x0 + 1 >= 0 && x0 + 1 < w;
        var inY0 = y0 >= 0 && y0 < h;
        var inY1 = y0 + 1 >= 0 && y0 + 1 < h;
        var w00 = inY0 && inX0 ? wy0 * wx0 : 0f;
        var w01 = inY0 && inX1 ? wy0 * wx1 : 0f;
        var w10 = inY1 && inX0 ? wy1 * wx0 : 0f;
        var w11 = inY1 && inX1 ? wy1 * wx1 : 0f;
        var o00 = w00 != 0f ? y0 * w + x0 : 0;
        var o01 = w01 != 0f ? y0 * w + x0 + 1 : 0;
        var o10 = w10 != 0f ? (y0 + 1) * w + x0 : 0;
        var o11 = w11 != 0f ? (y0 + 1) * w + x0 + 1 : 0;

        var inPlane = (long)h * w;
        var source = (long)sample * geometry.Channels * inPlane;
        var target = (long)sample * geometry.Channels * outPlane + pixel;
        for (var c = 0; c < geometry.Channels; c++)
        {
            output[target] = w00 * input[source + o00] + w01 * input[source + o01]
                           + w10 * input[source + o10] + w11 * input[source + o11];
            source += inPlane;
            target += outPlane;
        }
    }
}
