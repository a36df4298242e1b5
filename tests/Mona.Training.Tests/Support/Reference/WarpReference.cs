using Mona.Kernels.Warp;
using Mona.Tensors;

namespace Mona.Training.Tests.Support.Reference;

/// <summary>
/// Float64 bilinear grid sampling as PyTorch's grid_sample defines it: g ∈ [−1, 1] maps to pixel
/// p = (g + 1)/2·(size − 1) with aligned corners, ((g + 1)·size − 1)/2 without; padding folds p
/// (border: clamp to [0, size − 1]; reflection: mirror between −0.5 and size − 0.5, or 0 and size − 1
/// aligned, then clamp) or, for zeros, leaves it and reads 0 for taps outside the plane.
/// </summary>
internal static class WarpReference
{
    /// <summary>x: N×C×H×W; grid: N×outH×outW×2 holding (x, y) pairs; output N×C×outH×outW.</summary>
    public static double[] Warp(double[] x, TensorShape s, double[] grid, int outH, int outW, WarpPadding padding, bool alignCorners)
    {
        var y = new double[s.N * s.C * outH * outW];
        for (var n = 0; n < s.N; n++)
        for (var oy = 0; oy < outH; oy++)
        for (var ox = 0; ox < outW; ox++)
        {
            var g = ((n * outH + oy) * outW + ox) * 2;
            var px = Fold(Pixel(grid[g], s.W, alignCorners), s.W, padding, alignCorners);
            var py = Fold(Pixel(grid[g + 1], s.H, alignCorners), s.H, padding, alignCorners);
            int x0 = (int)Math.Floor(px), y0 = (int)Math.Floor(py);
            double fx = px - x0, fy = py - y0;
            for (var c = 0; c < s.C; c++)
            {
                var plane = (n * s.C + c) * s.H * s.W;
                double Read(int row, int column) => row < 0 || row >= s.H || column < 0 || column >= s.W ? 0 : x[plane + row * s.W + column];
                y[((n * s.C + c) * outH + oy) * outW + ox] =
                    (1 - fy) * ((1 - fx) * Read(y0, x0) + fx * Read(y0, x0 + 1)) + fy * ((1 - fx) * Read(y0 + 1, x0) + fx * Read(y0 + 1, x0 + 1));
            }
        }
        return y;
    }

    /// <summary>Flow N×2×H×W in pixels → grid N×H×W×2: g = 2(position + displacement)/(size − 1) − 1 (aligned corners).</summary>
    public static double[] FlowToGrid(double[] flow, TensorShape f)
    {
        var grid = new double[flow.Length];
        var plane = f.Plane;
        for (var n = 0; n < f.N; n++)
        for (var row = 0; row < f.H; row++)
        for (var column = 0; column < f.W; column++)
        {
            var p = row * f.W + column;
            grid[2 * (n * plane + p)] = 2 * (column + flow[2 * n * plane + p]) / (f.W - 1) - 1;
            grid[2 * (n * plane + p) + 1] = 2 * (row + flow[(2 * n + 1) * plane + p]) / (f.H - 1) - 1;
        }
        return grid;
    }

    private static double Pixel(double g, int size, bool alignCorners) =>
        alignCorners ? (g + 1) / 2 * (size - 1) : ((g + 1) * size - 1) / 2;

    private static double Fold(double p, int size, WarpPadding padding, bool alignCorners)
    {
        if (padding == WarpPadding.Zeros) return p;
        if (padding == WarpPadding.Reflection)
        {
            double low = alignCorners ? 0 : -0.5, span = alignCorners ? size - 1 : size;
            var distance = Math.Abs(p - low);
            var flips = Math.Floor(distance / span);
            var rest = distance - flips * span;
            p = flips % 2 == 0 ? low + rest : low + span - rest;
        }
        return Math.Clamp(p, 0, size - 1);
    }
}
