using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Warp;

/// <summary>
/// Warps output rows [start, end) of an N×C×outH×outW result; item r is sample r / outH, row
/// r mod outH. Each row goes in chunks of <see cref="WarpTaps.Chunk"/> pixels: coordinates →
/// tap tables once, then one blend per channel (two 8-byte pair loads per pixel). With a grid (N×outH×outW×2, interleaved x, y in
/// [−1, 1]) the coordinates are unnormalised as ONNX GridSample does: align corners
/// x = (g + 1)/2·(W − 1), else x = ((g + 1)·W − 1)/2. With a flow (N×2×H×W pixel displacements,
/// <c>flow</c> non-null) they are x + dx, y + dy and the reflection bounds are the corner pixel centres.
/// </summary>
internal readonly unsafe struct WarpRows(
    float* input, float* grid, float* flow, float* output, int channels, int h, int w, int outH, int outW,
    WarpPadding padding, bool alignCorners) : IChunkBody
{
    public void Run(int start, int end)
    {
        const int chunk = WarpTaps.Chunk;
        var xs = stackalloc float[chunk];
        var ys = stackalloc float[chunk];
        var idx = stackalloc int[2 * chunk];
        var weights = stackalloc float[4 * chunk];
        var inPlane = (long)h * w;
        var outPlane = (long)outH * outW;
        for (var r = start; r < end; r++)
        {
            var sample = r / outH;
            var oy = r - sample * outH;
            var source = input + sample * channels * inPlane;
            var target = output + sample * channels * outPlane + (long)oy * outW;
            for (var x0 = 0; x0 < outW; x0 += chunk)
            {
                var count = Math.Min(chunk, outW - x0);
                if (flow is null) GridCoordinates(grid + ((long)r * outW + x0) * 2, count, xs, ys);
                else FlowCoordinates(flow + sample * 2 * outPlane + (long)oy * outW + x0, outPlane, x0, oy, count, xs, ys);
                // The tap pass runs on whole vectors: pad the coordinates with a harmless 0.
                for (var i = count; i < ((count + 7) & ~7); i++) xs[i] = ys[i] = 0f;
                WarpTaps.Compute(xs, ys, count, w, h, padding, alignCorners || flow is not null, idx, weights);
                for (var ch = 0; ch < channels; ch++)
                    WarpTaps.Blend(source + ch * inPlane, idx, weights, count, target + ch * outPlane + x0, w == 1);
            }
        }
    }

    /// <summary>Deinterleaves (gx, gy) pairs and maps them to pixel coordinates.</summary>
    private void GridCoordinates(float* g, int count, float* xs, float* ys)
    {
        // x = g·a + b with a = (W − 1)/2 (align corners) or W/2, b = (W − 1)/2 in both cases.
        float ax = alignCorners ? (w - 1) * 0.5f : w * 0.5f, bx = (w - 1) * 0.5f;
        float ay = alignCorners ? (h - 1) * 0.5f : h * 0.5f, by = (h - 1) * 0.5f;
        var i = 0;
        if (Avx2.IsSupported)
        {
            var evenOdd = Vector256.Create(0, 2, 4, 6, 1, 3, 5, 7);
            Vector256<float> vax = Vector256.Create(ax), vbx = Vector256.Create(bx);
            Vector256<float> vay = Vector256.Create(ay), vby = Vector256.Create(by);
            for (; i <= count - 8; i += 8)
            {
                // [x0 y0 x1 y1 …] → [x0..x3 y0..y3], [x4..x7 y4..y7] → lanes of x and of y.
                var a = Avx2.PermuteVar8x32(Vector256.Load(g + 2 * i), evenOdd);
                var b = Avx2.PermuteVar8x32(Vector256.Load(g + 2 * i + 8), evenOdd);
                Vector256.FusedMultiplyAdd(Avx.Permute2x128(a, b, 0x20), vax, vbx).Store(xs + i);
                Vector256.FusedMultiplyAdd(Avx.Permute2x128(a, b, 0x31), vay, vby).Store(ys + i);
            }
        }
        for (; i < count; i++)
        {
            xs[i] = MathF.FusedMultiplyAdd(g[2 * i], ax, bx);
            ys[i] = MathF.FusedMultiplyAdd(g[2 * i + 1], ay, by);
        }
    }

    /// <summary>Adds one row of a flow's dx (plane 0) and dy (plane 1) to the pixel positions.</summary>
    private static void FlowCoordinates(float* f, long plane, int x0, int oy, int count, float* xs, float* ys)
    {
        var i = 0;
        var step = Vector256.Create(0f, 1, 2, 3, 4, 5, 6, 7);
        var row = Vector256.Create((float)oy);
        for (; i <= count - 8; i += 8)
        {
            (Vector256.Load(f + i) + step + Vector256.Create((float)(x0 + i))).Store(xs + i);
            (Vector256.Load(f + plane + i) + row).Store(ys + i);
        }
        for (; i < count; i++)
        {
            xs[i] = x0 + i + f[i];
            ys[i] = oy + f[plane + i];
        }
    }
}
