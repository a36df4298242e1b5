using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Pooling;

/// <summary>
/// Windowed pooling backward for planes [start, end) (see <see cref="PoolBackward"/>). One plane
/// is owned by one thread, and within a plane the updates run in the same order on any thread
/// count. Average pooling with tiling windows (stride = kernel, no padding: the residual blocks'
/// down-sampling) takes a row-wise path: each window's share d/(kh·kw) is computed once into a
/// row buffer, then every input row of the window adds it under its kw columns.
/// </summary>
internal readonly unsafe struct PoolGradientPlanes(
    PoolKind kind, float* x, float* dy, float* dx, int h, int w, int outH, int outW,
    int kernelH, int kernelW, int strideH, int strideW, int padTop, int padLeft) : IChunkBody
{
    /// <summary>Windows tile the plane: the fast average path applies.</summary>
    public bool Tiles => kind == PoolKind.Average && strideH == kernelH && strideW == kernelW && padTop == 0 && padLeft == 0;

    public void Run(int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            var grad = dx + (long)p * h * w;
            var outputGrad = dy + (long)p * outH * outW;
            if (Tiles) TiledAverage(outputGrad, grad);
            else Windows(x + (long)p * h * w, outputGrad, grad);
        }
    }

    private void TiledAverage(float* outputGrad, float* grad)
    {
        float area = kernelH * kernelW;
        Span<float> share = outW <= 512 ? stackalloc float[outW] : new float[outW];
        for (var oy = 0; oy < outH; oy++)
        {
            for (var ox = 0; ox < outW; ox++) share[ox] = outputGrad[oy * outW + ox] / area;
            for (var ky = 0; ky < kernelH; ky++)
            {
                var row = grad + (oy * kernelH + ky) * w;
                for (var ox = 0; ox < outW; ox++)
                {
                    var s = share[ox];
                    var column = row + ox * kernelW;
                    for (var kx = 0; kx < kernelW; kx++) column[kx] += s;
                }
            }
        }
    }

    private void Windows(float* plane, float* outputGrad, float* grad)
    {
        for (var oy = 0; oy < outH; oy++)
        for (var ox = 0; ox < outW; ox++)
        {
            int y0 = Math.Max(0, oy * strideH - padTop), y1 = Math.Min(h, oy * strideH - padTop + kernelH);
            int x0 = Math.Max(0, ox * strideW - padLeft), x1 = Math.Min(w, ox * strideW - padLeft + kernelW);
            var d = outputGrad[oy * outW + ox];
            if (kind == PoolKind.Average)
            {
                var share = d / ((y1 - y0) * (x1 - x0));
                for (var y = y0; y < y1; y++)
                for (var xx = x0; xx < x1; xx++)
                    grad[y * w + xx] += share;
                continue;
            }
            var best = y0 * w + x0;
            for (var y = y0; y < y1; y++)
            for (var xx = x0; xx < x1; xx++)
                if (plane[y * w + xx] > plane[best]) best = y * w + xx;
            grad[best] += d;
        }
    }
}
