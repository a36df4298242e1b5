using Mona.Kernels.Pooling;
using Mona.Kernels.Resize;
using Mona.Tensors;

namespace Mona.Training.Tests.Support.Reference;

/// <summary>Float64 pooling (windowed and global) and resizing, one output at a time.</summary>
internal static class SamplingReference
{
    /// <summary>
    /// Window of output (oy, ox): rows oy·sh − pt … + kh − 1, columns likewise, cut to the plane
    /// (padding is never read); max of those, or their mean (count_include_pad 0).
    /// </summary>
    public static double[] Pool(double[] x, TensorShape s, PoolKind kind, Pool2dOptions o)
    {
        int outH = (s.H + o.PadTop + o.PadBottom - o.KernelH) / o.StrideH + 1, outW = (s.W + o.PadLeft + o.PadRight - o.KernelW) / o.StrideW + 1;
        var y = new double[s.N * s.C * outH * outW];
        for (var p = 0; p < s.N * s.C; p++)
        for (var oy = 0; oy < outH; oy++)
        for (var ox = 0; ox < outW; ox++)
        {
            double max = double.NegativeInfinity, sum = 0;
            var count = 0;
            for (var ky = 0; ky < o.KernelH; ky++)
            for (var kx = 0; kx < o.KernelW; kx++)
            {
                int iy = oy * o.StrideH - o.PadTop + ky, ix = ox * o.StrideW - o.PadLeft + kx;
                if (iy < 0 || iy >= s.H || ix < 0 || ix >= s.W) continue;
                var v = x[(p * s.H + iy) * s.W + ix];
                max = Math.Max(max, v);
                sum += v;
                count++;
            }
            y[(p * outH + oy) * outW + ox] = kind == PoolKind.Max ? max : sum / count;
        }
        return y;
    }

    /// <summary>One value per plane: its max or mean.</summary>
    public static double[] GlobalPool(double[] x, TensorShape s, PoolKind kind)
    {
        var plane = s.Plane;
        return Enumerable.Range(0, s.N * s.C)
            .Select(p => x.Skip(p * plane).Take(plane))
            .Select(values => kind == PoolKind.Max ? values.Max() : values.Average())
            .ToArray();
    }

    /// <summary>
    /// Separable resize: each output coordinate maps to an input coordinate (ONNX
    /// coordinate_transformation_mode, scale = out/in); nearest rounds it (floor only, the mode the
    /// network uses) and clamps; linear clamps it to [0, in − 1] and blends ⌊c⌋ and ⌊c⌋ + 1 (cut to the edge).
    /// </summary>
    public static double[] Resize(double[] x, TensorShape s, int outH, int outW, ResizeOptions options)
    {
        if (options.Mode == ResizeMode.Nearest && options.Rounding != NearestRounding.Floor)
            throw new NotSupportedException("the reference resize rounds nearest coordinates down only");
        var rows = Taps(s.H, outH, options);
        var columns = Taps(s.W, outW, options);
        var y = new double[s.N * s.C * outH * outW];
        for (var p = 0; p < s.N * s.C; p++)
        for (var oy = 0; oy < outH; oy++)
        for (var ox = 0; ox < outW; ox++)
        {
            var (r0, r1, fy) = rows[oy];
            var (c0, c1, fx) = columns[ox];
            double Read(int row, int column) => x[(p * s.H + row) * s.W + column];
            y[(p * outH + oy) * outW + ox] = (1 - fy) * ((1 - fx) * Read(r0, c0) + fx * Read(r0, c1)) + fy * ((1 - fx) * Read(r1, c0) + fx * Read(r1, c1));
        }
        return y;
    }

    private static (int First, int Second, double Weight)[] Taps(int input, int output, ResizeOptions options)
    {
        var scale = output / (double)input;
        var taps = new (int, int, double)[output];
        for (var o = 0; o < output; o++)
        {
            var c = options.Coordinates switch
            {
                ResizeCoordinates.HalfPixel => (o + 0.5) / scale - 0.5,
                ResizeCoordinates.PytorchHalfPixel => output > 1 ? (o + 0.5) / scale - 0.5 : 0,
                ResizeCoordinates.AlignCorners => output == 1 ? 0 : o * (input - 1) / (double)(output - 1),
                _ => o / scale,
            };
            if (options.Mode == ResizeMode.Nearest)
            {
                var nearest = Math.Clamp((int)Math.Floor(c), 0, input - 1);
                taps[o] = (nearest, nearest, 0);
                continue;
            }
            c = Math.Clamp(c, 0, input - 1);
            var floor = (int)Math.Floor(c);
            taps[o] = (floor, Math.Min(floor + 1, input - 1), c - floor);
        }
        return taps;
    }
}
