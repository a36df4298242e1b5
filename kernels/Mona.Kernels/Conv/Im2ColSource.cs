using System.Runtime.CompilerServices;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// The implicit im2col matrix of one image and one group, packed straight from the NCHW input:
/// B[k, n] = x[c, oy·sh − padT + ky·dh, ox·sw − padL + kx·dw] (0 outside the image), with
/// k = (c·KH + ky)·KW + kx over the group's input channels and n = oy·OW + ox. The column
/// matrix (K×N, 9× the input for a 3×3 kernel) is never built: each KC×NC block is packed when
/// the GEMM needs it and stays in L2.
///
/// A panel's NR consecutive pixels fall into a few "runs" inside one output row each; for stride
/// 1 a run reads consecutive input pixels, so a row of the panel is a vector copy with zeros
/// where the run overhangs the padding. Strided convolutions gather element by element.
/// </summary>
internal readonly unsafe struct Im2ColSource(float* input, ConvGeometry geometry) : IPanelSource
{
    public float* Packed(int k0, int kc, int n0) => null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Pack(int k0, int kc, int n0, int nc, int nr, float* dest)
    {
        var runTarget = stackalloc int[nr];
        var runY = stackalloc int[nr];
        var runX = stackalloc int[nr];
        var runLength = stackalloc int[nr];
        for (var q = 0; q * nr < nc; q++)
        {
            var width = Math.Min(nr, nc - q * nr);
            var runs = FindRuns(n0 + q * nr, width, runTarget, runY, runX, runLength);
            PackPanel(k0, kc, nr, width, dest + (long)q * kc * nr, runs, runTarget, runY, runX, runLength);
        }
    }

    /// <summary>Splits pixels [column, column + width) into per-output-row runs; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindRuns(int column, int width, int* target, int* y, int* x, int* length)
    {
        var g = geometry;
        var outWidth = g.OutWidth;
        var runs = 0;
        for (var j = 0; j < width;)
        {
            var oy = (column + j) / outWidth;
            var ox = (column + j) - oy * outWidth;
            var count = Math.Min(width - j, outWidth - ox);
            target[runs] = j;
            y[runs] = oy * g.StrideH - g.PadTop;
            x[runs] = ox * g.StrideW - g.PadLeft;
            length[runs] = count;
            runs++;
            j += count;
        }
        return runs;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PackPanel(int k0, int kc, int nr, int width, float* panel, int runs,
        int* runTarget, int* runY, int* runX, int* runLength)
    {
        var g = geometry;
        int height = g.Height, imageWidth = g.Width, area = g.KernelH * g.KernelW;
        var c = k0 / area;
        var ky = (k0 - c * area) / g.KernelW;
        var kx = k0 - c * area - ky * g.KernelW;
        if (runs == 1 && g.StrideW == 1)
        {
            PackSingleRun(kc, nr, panel, c, ky, kx, runY[0], runX[0], runLength[0]);
            return;
        }
        for (var k = 0; k < kc; k++)
        {
            var target = panel + (long)k * nr;
            var plane = input + (long)c * height * imageWidth;
            for (var r = 0; r < runs; r++)
            {
                var iy = runY[r] + ky * g.DilationH;
                var t = target + runTarget[r];
                var count = runLength[r];
                if ((uint)iy >= (uint)height)
                {
                    PanelCopy.Zero(t, count);
                    continue;
                }
                var row = plane + (long)iy * imageWidth;
                var ix0 = runX[r] + kx * g.DilationW;
                if (g.StrideW == 1)
                {
                    CopyClipped(row, ix0, t, count, imageWidth);
                }
                else
                {
                    for (var j = 0; j < count; j++)
                    {
                        var ix = ix0 + j * g.StrideW;
                        t[j] = (uint)ix < (uint)imageWidth ? row[ix] : 0f;
                    }
                }
            }
            PanelCopy.Zero(target + width, nr - width);
            if (++kx == g.KernelW)
            {
                kx = 0;
                if (++ky == g.KernelH)
                {
                    ky = 0;
                    c++;
                }
            }
        }
    }

    /// <summary>
    /// The common stride-1 case where a panel is one run inside one output row (output width a
    /// multiple of NR): one bounds test per k, and a straight vector copy away from the borders.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PackSingleRun(int kc, int nr, float* panel, int c, int ky, int kx, int y0, int x0, int count)
    {
        var g = geometry;
        int height = g.Height, imageWidth = g.Width;
        for (var k = 0; k < kc; k++)
        {
            var target = panel + (long)k * nr;
            var iy = y0 + ky * g.DilationH;
            if ((uint)iy < (uint)height)
            {
                var row = input + ((long)c * height + iy) * imageWidth;
                var ix0 = x0 + kx * g.DilationW;
                if (ix0 >= 0 && ix0 + count <= imageWidth) PanelCopy.Copy(row + ix0, target, count);
                else CopyClipped(row, ix0, target, count, imageWidth);
            }
            else
            {
                PanelCopy.Zero(target, count);
            }
            PanelCopy.Zero(target + count, nr - count);
            if (++kx == g.KernelW)
            {
                kx = 0;
                if (++ky == g.KernelH)
                {
                    ky = 0;
                    c++;
                }
            }
        }
    }

    /// <summary>count input pixels from x = ix0 on, zeros where x falls outside [0, width).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyClipped(float* row, int ix0, float* target, int count, int width)
    {
        var lead = Math.Clamp(-ix0, 0, count);
        var end = Math.Clamp(width - ix0, lead, count);
        PanelCopy.Zero(target, lead);
        PanelCopy.Copy(row + ix0 + lead, target + lead, end - lead);
        PanelCopy.Zero(target + end, count - end);
    }
}
