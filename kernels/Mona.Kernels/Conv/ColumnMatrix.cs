using System.Runtime.CompilerServices;

namespace Mona.Kernels.Conv;

/// <summary>
/// The explicit im2col matrix of one image and one group, and its adjoint col2im, for the
/// convolution backward passes. Layout: K×P row-major with k = (c·KH + ky)·KW + kx over the group's
/// input channels and p = oy·OW + ox, so col[k, p] = x[c, oy·sh − padT + ky·dh, ox·sw − padL + kx·dw]
/// (0 in the padding). col2im is the transpose of that gather: every col[k, p] is added back onto
/// the input pixel it was read from (pixels read by several windows sum their gradients).
/// </summary>
public static class ColumnMatrix
{
    /// <summary>Gathers col (K×P) from <paramref name="image"/>, the group's GroupInChannels planes.</summary>
    public static void Im2Col(ReadOnlySpan<float> image, ConvGeometry g, Span<float> col) =>
        Im2Col(image, g, col, g.OutHeight * g.OutWidth);

    /// <summary>Same, with row k of the matrix starting at <c>k·rowStride</c> (several images side by side).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Im2Col(ReadOnlySpan<float> image, ConvGeometry g, Span<float> col, int rowStride)
    {
        int oh = g.OutHeight, ow = g.OutWidth, pixels = oh * ow;
        for (var c = 0; c < g.GroupInChannels; c++)
        {
            var plane = image.Slice(c * g.Height * g.Width, g.Height * g.Width);
            for (var ky = 0; ky < g.KernelH; ky++)
            for (var kx = 0; kx < g.KernelW; kx++)
            {
                var row = col.Slice(((c * g.KernelH + ky) * g.KernelW + kx) * rowStride, pixels);
                for (var oy = 0; oy < oh; oy++)
                {
                    var iy = oy * g.StrideH - g.PadTop + ky * g.DilationH;
                    var target = row.Slice(oy * ow, ow);
                    if ((uint)iy >= (uint)g.Height)
                    {
                        target.Clear();
                        continue;
                    }
                    var source = plane.Slice(iy * g.Width, g.Width);
                    var x0 = kx * g.DilationW - g.PadLeft;
                    if (g.StrideW == 1 && x0 >= 0 && x0 + ow <= g.Width)
                    {
                        source.Slice(x0, ow).CopyTo(target);
                        continue;
                    }
                    for (var ox = 0; ox < ow; ox++)
                    {
                        var ix = x0 + ox * g.StrideW;
                        target[ox] = (uint)ix < (uint)g.Width ? source[ix] : 0f;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The pixel-major im2col, colᵀ (P×K): row p = oy·OW + ox holds the K window values of that
    /// output pixel, k = (c·KH + ky)·KW + kx. Rows are written contiguously while the reads stay
    /// inside KH input rows per channel, so this is the layout the weight-gradient GEMM can pack
    /// without strided reads. Rows go to <c>colT[(rowOffset + p)·K]</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Im2ColTransposed(ReadOnlySpan<float> image, ConvGeometry g, Span<float> colT, int rowOffset)
    {
        int ow = g.OutWidth, depth = g.GroupInChannels * g.KernelH * g.KernelW, plane = g.Height * g.Width;
        for (var oy = 0; oy < g.OutHeight; oy++)
        for (var ox = 0; ox < ow; ox++)
        {
            var row = colT.Slice((rowOffset + oy * ow + ox) * depth, depth);
            int y0 = oy * g.StrideH - g.PadTop, x0 = ox * g.StrideW - g.PadLeft;
            var k = 0;
            for (var c = 0; c < g.GroupInChannels; c++)
            {
                var channel = image.Slice(c * plane, plane);
                for (var ky = 0; ky < g.KernelH; ky++)
                {
                    var iy = y0 + ky * g.DilationH;
                    if ((uint)iy >= (uint)g.Height)
                    {
                        row.Slice(k, g.KernelW).Clear();
                        k += g.KernelW;
                        continue;
                    }
                    var line = channel.Slice(iy * g.Width, g.Width);
                    for (var kx = 0; kx < g.KernelW; kx++, k++)
                    {
                        var ix = x0 + kx * g.DilationW;
                        row[k] = (uint)ix < (uint)g.Width ? line[ix] : 0f;
                    }
                }
            }
        }
    }

    /// <summary>Adds col (K×P) back onto <paramref name="image"/> (the adjoint of <see cref="Im2Col"/>).</summary>
    public static void Col2ImAdd(ReadOnlySpan<float> col, ConvGeometry g, Span<float> image) =>
        Col2ImAdd(col, g, image, 0, g.GroupInChannels);

    /// <summary>
    /// Same for channels [firstChannel, endChannel) only: their rows of col land on their own
    /// planes, so disjoint channel ranges can run on different threads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Col2ImAdd(ReadOnlySpan<float> col, ConvGeometry g, Span<float> image, int firstChannel, int endChannel)
    {
        int oh = g.OutHeight, ow = g.OutWidth, pixels = oh * ow;
        for (var c = firstChannel; c < endChannel; c++)
        {
            var plane = image.Slice(c * g.Height * g.Width, g.Height * g.Width);
            for (var ky = 0; ky < g.KernelH; ky++)
            for (var kx = 0; kx < g.KernelW; kx++)
            {
                var row = col.Slice(((c * g.KernelH + ky) * g.KernelW + kx) * pixels, pixels);
                for (var oy = 0; oy < oh; oy++)
                {
                    var iy = oy * g.StrideH - g.PadTop + ky * g.DilationH;
                    if ((uint)iy >= (uint)g.Height) continue;
                    var source = row.Slice(oy * ow, ow);
                    var target = plane.Slice(iy * g.Width, g.Width);
                    var x0 = kx * g.DilationW - g.PadLeft;
                    if (g.StrideW == 1 && x0 >= 0 && x0 + ow <= g.Width)
                    {
                        System.Numerics.Tensors.TensorPrimitives.Add(target.Slice(x0, ow), source, target.Slice(x0, ow));
                        continue;
                    }
                    for (var ox = 0; ox < ow; ox++)
                    {
                        var ix = x0 + ox * g.StrideW;
                        if ((uint)ix < (uint)g.Width) target[ix] += source[ox];
                    }
                }
            }
        }
    }
}
