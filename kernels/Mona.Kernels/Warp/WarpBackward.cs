using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Warp;

/// <summary>
/// Gradient of bilinear grid sampling (<see cref="WarpCpu.Forward"/>): to the input and to the
/// normalised grid. Per output pixel with source (ix, iy) = unnormalise(grid) after padding,
/// taps (x0, y0) = ⌊(ix, iy)⌋, fractions (tx, ty) and channel values v_yx:
/// <code>
///   dInput[y, x]  += w_yx · dy                                   (four taps, in-bounds only)
///   d ix          += Σ_c dy · ((v01 − v00)(1 − ty) + (v11 − v10) ty)
///   d iy          += Σ_c dy · ((v10 − v00)(1 − tx) + (v11 − v01) tx)
///   d grid_x       = d ix · ∂ix/∂gx   (∂ix/∂gx = (W − 1)/2 with align corners, W/2 without,
///                                      times ±1 for reflection, 0 where border or reflection clipped)
/// </code>
/// This is PyTorch's grid_sampler_2d_backward. Thread mapping: threads split the batch, since the
/// input gradient of one sample is scattered into by all its output pixels.
/// </summary>
public static unsafe class WarpBackward
{
    /// <param name="inputGrad">N·C·H·W, accumulated; may be empty to skip it.</param>
    /// <param name="gridGrad">N·outH·outW·2, accumulated; may be empty to skip it.</param>
    public static void Run(ReadOnlySpan<float> input, int n, int c, int h, int w, ReadOnlySpan<float> grid, int outH, int outW,
        WarpOptions options, ReadOnlySpan<float> outputGrad, Span<float> inputGrad, Span<float> gridGrad, int threads)
    {
        ArgumentNullException.ThrowIfNull(options);
        long inLength = (long)n * c * h * w, outPlane = (long)outH * outW;
        if (input.Length < inLength || grid.Length < 2 * n * outPlane || outputGrad.Length < n * c * outPlane)
            throw new ArgumentException($"warp backward sizes do not match input {n}×{c}×{h}×{w}, output {outH}×{outW}");
        if (!inputGrad.IsEmpty && inputGrad.Length < inLength) throw new ArgumentException("input gradient too small", nameof(inputGrad));
        if (!gridGrad.IsEmpty && gridGrad.Length < 2 * n * outPlane) throw new ArgumentException("grid gradient too small", nameof(gridGrad));
        fixed (float* pi = input, pg = grid, pdy = outputGrad, pdi = inputGrad, pdg = gridGrad)
        {
            var samples = new SampleChunks(new Geometry(c, h, w, outH, outW, options), pi, pg, pdy, pdi, pdg);
            // About a dozen floats touched per output pixel and channel (four taps each way).
            ParallelChunks.Run(samples, n, threads, 12 * c * outPlane);
        }
    }

    private readonly record struct Geometry(int C, int H, int W, int OutH, int OutW, WarpOptions Options);

    /// <summary>Whole samples per chunk: each writes only its own input and grid gradient.</summary>
    private readonly struct SampleChunks(Geometry geometry, float* input, float* grid, float* dy, float* inputGrad, float* gridGrad) : IChunkBody
    {
        public void Run(int start, int end)
        {
            for (var s = start; s < end; s++) Sample(s, geometry, input, grid, dy, inputGrad, gridGrad);
        }
    }

    private static void Sample(int s, Geometry g, float* input, float* grid, float* dy, float* inputGrad, float* gridGrad)
    {
        long plane = (long)g.H * g.W, outPlane = (long)g.OutH * g.OutW;
        var image = input + s * g.C * plane;
        var imageGrad = inputGrad == null ? null : inputGrad + s * g.C * plane;
        for (long p = 0; p < outPlane; p++)
        {
            var cell = grid + 2 * (s * outPlane + p);
            var (ix, mx) = Source(cell[0], g.W, g.Options);
            var (iy, my) = Source(cell[1], g.H, g.Options);
            var x0 = (int)MathF.Floor(ix);
            var y0 = (int)MathF.Floor(iy);
            float tx = ix - x0, ty = iy - y0;
            bool inX0 = (uint)x0 < (uint)g.W, inX1 = (uint)(x0 + 1) < (uint)g.W;
            bool inY0 = (uint)y0 < (uint)g.H, inY1 = (uint)(y0 + 1) < (uint)g.H;
            double gix = 0, giy = 0;
            for (var ch = 0; ch < g.C; ch++)
            {
                var d = dy[(s * g.C + ch) * outPlane + p];
                if (d == 0f) continue;
                var src = image + ch * plane;
                float v00 = inY0 && inX0 ? src[y0 * g.W + x0] : 0f, v01 = inY0 && inX1 ? src[y0 * g.W + x0 + 1] : 0f;
                float v10 = inY1 && inX0 ? src[(y0 + 1) * g.W + x0] : 0f, v11 = inY1 && inX1 ? src[(y0 + 1) * g.W + x0 + 1] : 0f;
                gix += d * ((v01 - v00) * (1 - ty) + (v11 - v10) * ty);
                giy += d * ((v10 - v00) * (1 - tx) + (v11 - v01) * tx);
                if (imageGrad == null) continue;
                var dst = imageGrad + ch * plane;
                if (inY0 && inX0) dst[y0 * g.W + x0] += d * (1 - tx) * (1 - ty);
                if (inY0 && inX1) dst[y0 * g.W + x0 + 1] += d * tx * (1 - ty);
                if (inY1 && inX0) dst[(y0 + 1) * g.W + x0] += d * (1 - tx) * ty;
                if (inY1 && inX1) dst[(y0 + 1) * g.W + x0 + 1] += d * tx * ty;
            }
            if (gridGrad == null) continue;
            var cellGrad = gridGrad + 2 * (s * outPlane + p);
            cellGrad[0] += (float)(gix * mx);
            cellGrad[1] += (float)(giy * my);
        }
    }

    /// <summary>Pixel coordinate of normalised <paramref name="v"/> after padding, and ∂coordinate/∂v.</summary>
    internal static (float Coordinate, float Derivative) Source(float v, int size, WarpOptions options)
    {
        var scale = options.AlignCorners ? (size - 1) / 2f : size / 2f;
        var x = options.AlignCorners ? (v + 1) * scale : ((v + 1) * size - 1) / 2f;
        var d = scale;
        switch (options.Padding)
        {
            case WarpPadding.Border:
                (x, var clip) = Clip(x, size);
                d *= clip;
                break;
            case WarpPadding.Reflection:
                var (reflected, sign) = options.AlignCorners ? Reflect(x, 0, 2 * (size - 1)) : Reflect(x, -1, 2 * size - 1);
                (x, var clipped) = Clip(reflected, size);
                d *= sign * clipped;
                break;
        }
        return (x, d);
    }

    private static (float Value, float Derivative) Clip(float x, int size)
    {
        if (x <= 0) return (0, 0);
        if (x >= size - 1) return (size - 1, 0);
        return (x, 1);
    }

    /// <summary>Mirrors x into [low/2, high/2] (bounds given doubled, as PyTorch does); the sign is ∂result/∂x.</summary>
    private static (float Value, float Sign) Reflect(float x, int twiceLow, int twiceHigh)
    {
        if (twiceLow == twiceHigh) return (0, 0);
        float min = twiceLow / 2f, span = (twiceHigh - twiceLow) / 2f;
        x -= min;
        var sign = 1f;
        if (x < 0)
        {
            sign = -1f;
            x = -x;
        }
        var extra = x % span;
        var flips = (int)MathF.Floor(x / span);
        return flips % 2 == 0 ? (extra + min, sign) : (span - extra + min, -sign);
    }
}
