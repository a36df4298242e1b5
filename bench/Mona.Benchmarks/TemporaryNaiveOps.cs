using Mona.Kernels.Warp;
using Mona.Tensors;

namespace Mona.Benchmarks;

// TEMPORARY, branch `bench` only: naive stand-ins with the facade's signatures, used until the
// `conv` and `ops` branches land ComputeContext.Conv2d/AdaIn/Warp. Instance methods win over
// extension methods, so once merged these are dead code. DELETE THIS FILE BEFORE THE FINAL COMMIT.
internal static class TemporaryNaiveOps
{
    public static Tensor AdaIn(this ComputeContext context, Tensor x, Tensor gamma, Tensor beta, float epsilon)
    {
        var result = context.Allocator.Allocate(x.Shape);
        var plane = x.Shape.Plane;
        for (var p = 0; p < x.Shape.N * x.Shape.C; p++)
        {
            var source = x.Buffer.AsSpan(p * plane, plane);
            double mean = 0, square = 0;
            foreach (var v in source) { mean += v; square += v * (double)v; }
            mean /= plane;
            var scale = gamma.Buffer[p] / Math.Sqrt(square / plane - mean * mean + epsilon);
            for (var i = 0; i < plane; i++) result.Buffer[p * plane + i] = (float)((source[i] - mean) * scale + beta.Buffer[p]);
        }
        return result;
    }

    public static Tensor Warp(this ComputeContext context, Tensor input, Tensor grid, WarpOptions options)
    {
        var (c, h, w) = (input.Shape.C, input.Shape.H, input.Shape.W);
        var (outH, outW) = (grid.Shape.C, grid.Shape.H);
        var result = context.Allocator.Allocate(new TensorShape(input.Shape.N, c, outH, outW));
        for (var b = 0; b < input.Shape.N; b++)
        for (var oy = 0; oy < outH; oy++)
        for (var ox = 0; ox < outW; ox++)
        {
            var g = ((b * outH + oy) * outW + ox) * 2;
            var sx = ((grid.Buffer[g] + 1) * w - 1) / 2;
            var sy = ((grid.Buffer[g + 1] + 1) * h - 1) / 2;
            var (x0, y0) = ((int)MathF.Floor(sx), (int)MathF.Floor(sy));
            var (fx, fy) = (sx - x0, sy - y0);
            for (var ch = 0; ch < c; ch++)
            {
                float At(int yy, int xx) => yy < 0 || yy >= h || xx < 0 || xx >= w ? 0 : input.Buffer[((b * c + ch) * h + yy) * w + xx];
                result.Buffer[((b * c + ch) * outH + oy) * outW + ox] =
                    (1 - fy) * ((1 - fx) * At(y0, x0) + fx * At(y0, x0 + 1)) + fy * ((1 - fx) * At(y0 + 1, x0) + fx * At(y0 + 1, x0 + 1));
            }
        }
        return result;
    }
}
