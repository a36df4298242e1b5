using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// colᵀ of a batch as the implicit B operand (S×K) of the weight-gradient GEMM, packed straight
/// from the NCHW input: row p = i·P + oy·OW + ox (image i of the batch, output pixel), column
/// k = (c·KH + ky)·KW + kx of the group's input channels, B[p, k] = x_i[c, oy·sh − padT + ky·dh,
/// ox·sw − padL + kx·dw] (0 in the padding). Like <see cref="Im2ColSource"/> for the forward pass,
/// the S×K matrix (9× the input for 3×3) never exists: each KC×NC block is gathered when the
/// GEMM asks for it and stays in cache. Per panel the column offsets are decoded once.
/// </summary>
internal readonly unsafe struct Im2ColTransposedSource(float* input, ConvGeometry geometry, int group) : IPanelSource
{
    /// <summary>Nothing is pre-packed: every block is gathered from the input.</summary>
    public float* Packed(int k0, int kc, int n0) => null;

    public void Pack(int k0, int kc, int n0, int nc, int nr, float* dest)
    {
        var g = geometry;
        int plane = g.Height * g.Width, pixels = g.OutHeight * g.OutWidth;
        var channelOffset = stackalloc int[nr];
        var dy = stackalloc int[nr];
        var dx = stackalloc int[nr];
        for (var q = 0; q * nr < nc; q++)
        {
            var width = Math.Min(nr, nc - q * nr);
            for (var j = 0; j < width; j++)
            {
                var k = n0 + q * nr + j;
                var kx = k % g.KernelW;
                var ky = k / g.KernelW % g.KernelH;
                var c = k / (g.KernelW * g.KernelH);
                channelOffset[j] = (group * g.GroupInChannels + c) * plane;
                dy[j] = ky * g.DilationH - g.PadTop;
                dx[j] = kx * g.DilationW - g.PadLeft;
            }
            var panel = dest + (long)q * kc * nr;
            // Column by column: consecutive rows are consecutive output pixels, so for stride 1
            // the reads walk along an input row; the writes stride by NR inside the L1-sized panel.
            var first = k0 / pixels;
            var firstPixel = k0 - first * pixels;
            for (var j = 0; j < width; j++)
            {
                int image = first, oy = firstPixel / g.OutWidth, ox = firstPixel - oy * g.OutWidth;
                var source = input + (long)image * g.InChannels * plane + channelOffset[j];
                var target = panel + j;
                for (var r = 0; r < kc; r++)
                {
                    int iy = oy * g.StrideH + dy[j], ix = ox * g.StrideW + dx[j];
                    target[(long)r * nr] = (uint)iy < (uint)g.Height && (uint)ix < (uint)g.Width ? source[iy * g.Width + ix] : 0f;
                    if (++ox < g.OutWidth) continue;
                    ox = 0;
                    if (++oy < g.OutHeight) continue;
                    oy = 0;
                    image++;
                    source += (long)g.InChannels * plane;
                }
            }
            for (var j = width; j < nr; j++)
                for (var r = 0; r < kc; r++) panel[(long)r * nr + j] = 0f;
        }
    }
}
