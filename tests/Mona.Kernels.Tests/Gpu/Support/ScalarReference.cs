using Mona.Kernels.Warp;

namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// Straightforward double-precision references for the GPU kernels, written from the op
/// definitions (PyTorch instance_norm, grid_sample, conv2d) rather than from the kernels, so they
/// share no code or trick with what they check.
/// </summary>
internal static class ScalarReference
{
    /// <summary>AdaIN: per (n, c) plane, γ·(x − mean)/√(var + ε) + β with the biased variance.</summary>
    public static float[] AdaIn(float[] x, int n, int c, int plane, float[] gamma, float[] beta, float epsilon)
    {
        var y = new float[x.Length];
        for (var s = 0; s < n; s++)
        for (var ch = 0; ch < c; ch++)
        {
            var start = (s * c + ch) * plane;
            double mean = 0;
            for (var i = 0; i < plane; i++) mean += x[start + i];
            mean /= plane;
            double variance = 0;
            for (var i = 0; i < plane; i++) variance += (x[start + i] - mean) * (x[start + i] - mean);
            variance /= plane;
            var affine = gamma.Length == c ? ch : s * c + ch;
            for (var i = 0; i < plane; i++)
                y[start + i] = (float)(gamma[affine] * (x[start + i] - mean) / Math.Sqrt(variance + epsilon) + beta[affine]);
        }
        return y;
    }

    /// <summary>Bilinear grid sample with PyTorch's padding and align-corners semantics.</summary>
    public static float[] Warp(float[] input, int n, int c, int h, int w, float[] grid, int outH, int outW, WarpOptions options)
    {
        var output = new float[n * c * outH * outW];
        for (var s = 0; s < n; s++)
        for (var i = 0; i < outH; i++)
        for (var j = 0; j < outW; j++)
        {
            var g = ((s * outH + i) * outW + j) * 2;
            var px = Source(grid[g], w, options);
            var py = Source(grid[g + 1], h, options);
            var x0 = (int)Math.Floor(px);
            var y0 = (int)Math.Floor(py);
            var fx = px - x0;
            var fy = py - y0;
            for (var ch = 0; ch < c; ch++)
            {
                double Tap(int y, int x) => y < 0 || y >= h || x < 0 || x >= w ? 0 : input[((s * c + ch) * h + y) * w + x];
                var value = (1 - fy) * ((1 - fx) * Tap(y0, x0) + fx * Tap(y0, x0 + 1))
                          + fy * ((1 - fx) * Tap(y0 + 1, x0) + fx * Tap(y0 + 1, x0 + 1));
                output[((s * c + ch) * outH + i) * outW + j] = (float)value;
            }
        }
        return output;
    }

    /// <summary>Pixel coordinate of a normalised one after padding: unnormalise, then clip or mirror.</summary>
    private static double Source(double g, int size, WarpOptions options)
    {
        var pixel = options.AlignCorners ? (g + 1) / 2 * (size - 1) : ((g + 1) * size - 1) / 2;
        switch (options.Padding)
        {
            case WarpPadding.Border:
                return Math.Clamp(pixel, 0, size - 1);
            case WarpPadding.Reflection:
                // Mirrors at the corner centres (aligned) or half a pixel outside them (not aligned);
                // bounce until inside, then clip as PyTorch does.
                var low = options.AlignCorners ? 0.0 : -0.5;
                var high = options.AlignCorners ? size - 1.0 : size - 0.5;
                if (high <= low) return 0;
                while (pixel < low || pixel > high) pixel = pixel < low ? 2 * low - pixel : 2 * high - pixel;
                return Math.Clamp(pixel, 0, size - 1);
            default:
                return pixel;
        }
    }

    /// <summary>Direct 2-D cross-correlation (NCHW input, KCRS weights, symmetric padding, groups) plus bias.</summary>
    public static float[] Conv2d(float[] x, int n, int c, int h, int w, float[] weight, int k, int r, int s, float[]? bias,
        int pad, int stride, int dilation, int groups, out int outH, out int outW)
    {
        outH = (h + 2 * pad - dilation * (r - 1) - 1) / stride + 1;
        outW = (w + 2 * pad - dilation * (s - 1) - 1) / stride + 1;
        var y = new float[n * k * outH * outW];
        var cPerGroup = c / groups;
        var kPerGroup = k / groups;
        for (var b = 0; b < n; b++)
        for (var o = 0; o < k; o++)
        for (var i = 0; i < outH; i++)
        for (var j = 0; j < outW; j++)
        {
            double sum = bias?[o] ?? 0;
            var g = o / kPerGroup;
            for (var ci = 0; ci < cPerGroup; ci++)
            for (var u = 0; u < r; u++)
            for (var v = 0; v < s; v++)
            {
                var yy = i * stride - pad + u * dilation;
                var xx = j * stride - pad + v * dilation;
                if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
                sum += (double)x[((b * c + g * cPerGroup + ci) * h + yy) * w + xx] * weight[((o * cPerGroup + ci) * r + u) * s + v];
            }
            y[((b * k + o) * outH + i) * outW + j] = (float)sum;
        }
        return y;
    }
}
