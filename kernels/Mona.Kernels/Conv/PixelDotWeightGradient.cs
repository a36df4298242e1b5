using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// dW += Σ_n dY_n · im2col(x_n)ᵀ for single-group convolutions (any stride, padding, dilation),
/// computed as dot products along the pixels. For output channel o and window tap
/// t = (c·KH + ky)·KW + kx:
/// <code>dW[o, t] += Σ_n Σ_oy Σ_ox dY[n, o, oy, ox] · xp[n, c, oy·sh + ky·dh, ox·sw + kx·dw]</code>
/// where xp is x copied once with its zero padding. Each padded row is stored as sw phase rows of
/// Lp floats, column X at phase X mod sw, index X div sw; then for tap kx (q, r = (kx·dw) div/mod
/// sw) the values met by ox = 0, 1, 2, … are phase r, indices q + ox: contiguous. dY rows are Wv
/// long (OW rounded up to the vector width, zero tails; copied only when OW is not a multiple of
/// it) and Lp = Wv + ⌈(KW − 1)·dw / sw⌉, so every vector read stays inside its phase row. Both
/// factors of every term are contiguous along ox: a row of the im2col matrix is a shifted input
/// (phase) row, so nothing is gathered element by element and nothing is transposed, unlike the
/// GEMM formulation whose reduction runs along the pixels of both operands.
///
/// Micro-kernel: a tile of 4 channels × 6 taps keeps 24 vector accumulators (16 lanes with AVX-512, else 8); per
/// vector of pixels it loads 4 dY and 6 input vectors and does 24 FMAs. The pixels are swept in bands
/// (one image, a run of output rows sized so the band of dY stays in L2); each band's vector sums
/// are reduced horizontally and added to dW, so the summation order is fixed by the geometry.
///
/// Threads: the taps are cut into chunks of whole 6-tap tiles (claimed through
/// <see cref="ChunkScheduler"/>); every dW element belongs to one chunk, so the result does not
/// depend on which thread ran what (bitwise repeatable), and each chunk re-reads dY once.
/// </summary>
internal static unsafe class PixelDotWeightGradient
{
    /// <summary>Vector lanes: 16 with AVX-512 (full-width FMAs on the target CPU), else 8.</summary>
    private static readonly int Lanes = Vector512.IsHardwareAccelerated ? 16 : 8;
    private const int TileChannels = 4;
    private const int TileTaps = 6;

    /// <summary>
    /// Pixels per band (rows of one image, or whole images when they are smaller). Each band ends
    /// with 24 horizontal sums per tile; measured on the 2-core dev machine, bands of 512–2048
    /// pixels lose 10–50% to them, while 4096–32768 cost the same despite streaming from L2.
    /// </summary>
    private const int BandPixels = 8192;

    /// <summary>One group (grouped and depthwise layers keep the GEMM path).</summary>
    public static bool Supports(ConvGeometry g) => g.Groups == 1;

    public static void Run(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGrad, Span<float> weightGrad, ConvGeometry g, int threads)
    {
        var layout = new Layout(g);
        var padded = (float*)NativeMemory.AlignedAlloc((nuint)(layout.PaddedInputLength * sizeof(float)), 64);
        var copiedGrad = layout.GradRowLength == g.OutWidth
            ? null
            : (float*)NativeMemory.AlignedAlloc((nuint)(layout.PaddedGradLength * sizeof(float)), 64);
        try
        {
            fixed (float* x = input)
            fixed (float* dy = outputGrad)
            fixed (float* dw = weightGrad)
            {
                // The copies are a tenth of the work: split by planes between the threads too.
                var planes = g.Batch * g.InChannels;
                var copyChunks = threads <= 1 ? 1 : Math.Min(planes, 4 * threads);
                ChunkScheduler.Run(new CopyJob(x, padded, dy, copiedGrad, g, layout, copyChunks), copyChunks, threads);
                var grad = copiedGrad != null ? copiedGrad : dy;
                var tiles = (layout.Taps + TileTaps - 1) / TileTaps;
                var chunks = threads <= 1 ? 1 : Math.Min(tiles, 2 * threads);
                ChunkScheduler.Run(new Job(padded, grad, dw, g, layout, tiles, chunks), chunks, threads);
            }
        }
        finally
        {
            NativeMemory.AlignedFree(padded);
            if (copiedGrad != null) NativeMemory.AlignedFree(copiedGrad);
        }
    }

    /// <summary>Row lengths and band height of the padded copies.</summary>
    private readonly struct Layout
    {
        public Layout(ConvGeometry g)
        {
            GradRowLength = (g.OutWidth + Lanes - 1) / Lanes * Lanes;
            PhaseLength = GradRowLength + ((g.KernelW - 1) * g.DilationW + g.StrideW - 1) / g.StrideW;
            InputRowLength = g.StrideW * PhaseLength;
            InputRows = g.Height + g.PadTop + g.PadBottom;
            Taps = g.InChannels * g.KernelH * g.KernelW;
            PaddedInputLength = (long)g.Batch * g.InChannels * InputRows * InputRowLength;
            PaddedGradLength = (long)g.Batch * g.OutChannels * g.OutHeight * GradRowLength;
            GradImageLength = (long)g.OutChannels * g.OutHeight * GradRowLength;
            InputImageLength = (long)g.InChannels * InputRows * InputRowLength;
            BandRows = Math.Clamp(BandPixels / GradRowLength, 1, g.OutHeight);
            BandImages = BandRows < g.OutHeight ? 1 : Math.Clamp(BandPixels / (g.OutHeight * GradRowLength), 1, g.Batch);
        }

        /// <summary>Wv: OW rounded up to whole vectors.</summary>
        public int GradRowLength { get; }

        /// <summary>Lp = Wv + ⌈(KW − 1)·dw / sw⌉: one phase of a padded input row.</summary>
        public int PhaseLength { get; }

        /// <summary>sw·Lp: one padded input row, all phases.</summary>
        public int InputRowLength { get; }

        /// <summary>H + padT + padB.</summary>
        public int InputRows { get; }

        public int Taps { get; }

        public long PaddedInputLength { get; }

        public long PaddedGradLength { get; }

        /// <summary>Output rows per band (all of them when a band spans whole images).</summary>
        public int BandRows { get; }

        /// <summary>Images per band (1 when an image is cut into bands of rows).</summary>
        public int BandImages { get; }

        /// <summary>Floats of one image of dY as the kernel reads it (O·OH·Wv).</summary>
        public long GradImageLength { get; }

        /// <summary>Floats of one padded input image (C·(H + padT + padB)·sw·Lp).</summary>
        public long InputImageLength { get; }
    }

    /// <summary>
    /// xp row padT + iy of plane (n, c) holds x[n, c, iy, ·] at columns X = padL + ix, phase X mod sw,
    /// index X div sw (columns no tap reaches are left out); everything else 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PadInput(float* x, float* padded, ConvGeometry g, Layout layout, int firstPlane, int endPlane)
    {
        var planeLength = (long)layout.InputRows * layout.InputRowLength;
        for (var plane = firstPlane; plane < endPlane; plane++)
        {
            new Span<float>(padded + plane * planeLength, checked((int)planeLength)).Clear();
            var target = padded + ((long)plane * layout.InputRows + g.PadTop) * layout.InputRowLength;
            var source = x + (long)plane * g.Height * g.Width;
            for (var iy = 0; iy < g.Height; iy++)
            {
                var row = target + (long)iy * layout.InputRowLength;
                var line = source + (long)iy * g.Width;
                if (g.StrideW == 1)
                {
                    var count = Math.Min(g.Width, layout.PhaseLength - g.PadLeft);
                    new ReadOnlySpan<float>(line, count).CopyTo(new Span<float>(row + g.PadLeft, count));
                    continue;
                }
                for (var ix = 0; ix < g.Width; ix++)
                {
                    int column = g.PadLeft + ix, index = column / g.StrideW;
                    if (index < layout.PhaseLength) row[column % g.StrideW * layout.PhaseLength + index] = line[ix];
                }
            }
        }
    }

    /// <summary>dY rows widened to Wv with zero tails (the tails meet real input pixels, so they must be 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PadGrad(float* dy, float* padded, ConvGeometry g, Layout layout, long firstRow, long endRow)
    {
        for (var row = firstRow; row < endRow; row++)
        {
            var target = new Span<float>(padded + row * layout.GradRowLength, layout.GradRowLength);
            new ReadOnlySpan<float>(dy + row * g.OutWidth, g.OutWidth).CopyTo(target);
            target[g.OutWidth..].Clear();
        }
    }

    /// <summary>Chunk i: input planes [planes·i/chunks, planes·(i+1)/chunks) and the same share of dY rows when dY is copied.</summary>
    private readonly struct CopyJob(float* x, float* padded, float* dy, float* copiedGrad, ConvGeometry g, Layout layout, int chunks)
        : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void FreeScratch(nint scratch)
        {
        }

        public void Execute(int chunk, nint scratch)
        {
            var planes = g.Batch * g.InChannels;
            PadInput(x, padded, g, layout, planes * chunk / chunks, planes * (chunk + 1) / chunks);
            if (copiedGrad == null) return;
            var rows = (long)g.Batch * g.OutChannels * g.OutHeight;
            PadGrad(dy, copiedGrad, g, layout, rows * chunk / chunks, rows * (chunk + 1) / chunks);
        }
    }

    /// <summary>Chunk i: tap tiles [tiles·i/chunks, tiles·(i+1)/chunks) against every output channel.</summary>
    private readonly struct Job(float* input, float* grad, float* weightGrad, ConvGeometry g, Layout layout, int tiles, int chunks)
        : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void FreeScratch(nint scratch)
        {
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Execute(int chunk, nint scratch)
        {
            int firstTile = tiles * chunk / chunks, endTile = tiles * (chunk + 1) / chunks;
            var area = g.KernelH * g.KernelW;
            var tapOffset = stackalloc long[TileTaps];
            var channelOffset = stackalloc long[TileChannels];
            var sums = stackalloc float[TileChannels * TileTaps];
            for (var n = 0; n < g.Batch; n += layout.BandImages)
            for (var y0 = 0; y0 < g.OutHeight; y0 += layout.BandRows)
            {
                var images = Math.Min(layout.BandImages, g.Batch - n);
                var rows = Math.Min(layout.BandRows, g.OutHeight - y0);
                // Row (n, y0) of channel/tap 0; a channel or tap adds its fixed offset.
                var gradBase = grad + n * layout.GradImageLength + (long)y0 * layout.GradRowLength;
                var inputBase = input + n * layout.InputImageLength + (long)y0 * g.StrideH * layout.InputRowLength;
                for (var tile = firstTile; tile < endTile; tile++)
                {
                    // Taps past the last repeat the last one; their sums are dropped.
                    for (var i = 0; i < TileTaps; i++)
                    {
                        var t = Math.Min(tile * TileTaps + i, layout.Taps - 1);
                        int c = t / area, ky = t % area / g.KernelW, kx = t % g.KernelW;
                        int column = kx * g.DilationW, phase = column % g.StrideW;
                        tapOffset[i] = ((long)c * layout.InputRows + ky * g.DilationH) * layout.InputRowLength
                                       + phase * layout.PhaseLength + column / g.StrideW;
                    }
                    for (var o0 = 0; o0 < g.OutChannels; o0 += TileChannels)
                    {
                        for (var j = 0; j < TileChannels; j++)
                            channelOffset[j] = (long)Math.Min(o0 + j, g.OutChannels - 1) * g.OutHeight * layout.GradRowLength;
                        if (Lanes == 16)
                            Tile512(gradBase, channelOffset, inputBase, tapOffset, images, layout.GradImageLength, layout.InputImageLength,
                                rows, layout.GradRowLength, g.StrideH * layout.InputRowLength, sums);
                        else
                            Tile256(gradBase, channelOffset, inputBase, tapOffset, images, layout.GradImageLength, layout.InputImageLength,
                                rows, layout.GradRowLength, g.StrideH * layout.InputRowLength, sums);
                        for (var j = 0; j < Math.Min(TileChannels, g.OutChannels - o0); j++)
                        for (var i = 0; i < Math.Min(TileTaps, layout.Taps - tile * TileTaps); i++)
                            weightGrad[(long)(o0 + j) * layout.Taps + tile * TileTaps + i] += sums[j * TileTaps + i];
                    }
                }
            }
        }
    }

    /// <summary>
    /// sums[j·6 + i] = Σ over <paramref name="images"/> images and <paramref name="rows"/> rows of
    /// Σ_ox dY_j[ox]·x_i[ox], for the 4 dY rows at grad + channelOffset[j] and the 6 input rows at
    /// input + tapOffset[i]; rows advance by (width, inputStride), images by (gradImageStride,
    /// inputImageStride); width is a multiple of 16. 24 accumulators + 4 dY vectors + 1 input
    /// vector use 29 of the 32 zmm registers; per step 10 loads feed 24 FMAs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile512(float* grad, long* channelOffset, float* input, long* tapOffset, int images, long gradImageStride,
        long inputImageStride, int rows, int width, int inputStride, float* sums)
    {
        Vector512<float> c00 = default, c01 = default, c02 = default, c03 = default, c04 = default, c05 = default;
        Vector512<float> c10 = default, c11 = default, c12 = default, c13 = default, c14 = default, c15 = default;
        Vector512<float> c20 = default, c21 = default, c22 = default, c23 = default, c24 = default, c25 = default;
        Vector512<float> c30 = default, c31 = default, c32 = default, c33 = default, c34 = default, c35 = default;
        for (var image = 0; image < images; image++)
        {
            var dyImage = grad + image * gradImageStride;
            var xImage = input + image * inputImageStride;
            float* d0 = dyImage + channelOffset[0], d1 = dyImage + channelOffset[1], d2 = dyImage + channelOffset[2], d3 = dyImage + channelOffset[3];
            float* x0 = xImage + tapOffset[0], x1 = xImage + tapOffset[1], x2 = xImage + tapOffset[2];
            float* x3 = xImage + tapOffset[3], x4 = xImage + tapOffset[4], x5 = xImage + tapOffset[5];
            for (var r = 0; r < rows; r++)
            {
                for (var v = 0; v < width; v += 16)
                {
                    var g0 = Vector512.Load(d0 + v);
                    var g1 = Vector512.Load(d1 + v);
                    var g2 = Vector512.Load(d2 + v);
                    var g3 = Vector512.Load(d3 + v);
                    var a = Vector512.Load(x0 + v);
                    c00 = Vector512.FusedMultiplyAdd(g0, a, c00);
                    c10 = Vector512.FusedMultiplyAdd(g1, a, c10);
                    c20 = Vector512.FusedMultiplyAdd(g2, a, c20);
                    c30 = Vector512.FusedMultiplyAdd(g3, a, c30);
                    a = Vector512.Load(x1 + v);
                    c01 = Vector512.FusedMultiplyAdd(g0, a, c01);
                    c11 = Vector512.FusedMultiplyAdd(g1, a, c11);
                    c21 = Vector512.FusedMultiplyAdd(g2, a, c21);
                    c31 = Vector512.FusedMultiplyAdd(g3, a, c31);
                    a = Vector512.Load(x2 + v);
                    c02 = Vector512.FusedMultiplyAdd(g0, a, c02);
                    c12 = Vector512.FusedMultiplyAdd(g1, a, c12);
                    c22 = Vector512.FusedMultiplyAdd(g2, a, c22);
                    c32 = Vector512.FusedMultiplyAdd(g3, a, c32);
                    a = Vector512.Load(x3 + v);
                    c03 = Vector512.FusedMultiplyAdd(g0, a, c03);
                    c13 = Vector512.FusedMultiplyAdd(g1, a, c13);
                    c23 = Vector512.FusedMultiplyAdd(g2, a, c23);
                    c33 = Vector512.FusedMultiplyAdd(g3, a, c33);
                    a = Vector512.Load(x4 + v);
                    c04 = Vector512.FusedMultiplyAdd(g0, a, c04);
                    c14 = Vector512.FusedMultiplyAdd(g1, a, c14);
                    c24 = Vector512.FusedMultiplyAdd(g2, a, c24);
                    c34 = Vector512.FusedMultiplyAdd(g3, a, c34);
                    a = Vector512.Load(x5 + v);
                    c05 = Vector512.FusedMultiplyAdd(g0, a, c05);
                    c15 = Vector512.FusedMultiplyAdd(g1, a, c15);
                    c25 = Vector512.FusedMultiplyAdd(g2, a, c25);
                    c35 = Vector512.FusedMultiplyAdd(g3, a, c35);
                }
                d0 += width; d1 += width; d2 += width; d3 += width;
                x0 += inputStride; x1 += inputStride; x2 += inputStride; x3 += inputStride; x4 += inputStride; x5 += inputStride;
            }
        }
        sums[0] = Vector512.Sum(c00); sums[1] = Vector512.Sum(c01); sums[2] = Vector512.Sum(c02); sums[3] = Vector512.Sum(c03); sums[4] = Vector512.Sum(c04); sums[5] = Vector512.Sum(c05);
        sums[6] = Vector512.Sum(c10); sums[7] = Vector512.Sum(c11); sums[8] = Vector512.Sum(c12); sums[9] = Vector512.Sum(c13); sums[10] = Vector512.Sum(c14); sums[11] = Vector512.Sum(c15);
        sums[12] = Vector512.Sum(c20); sums[13] = Vector512.Sum(c21); sums[14] = Vector512.Sum(c22); sums[15] = Vector512.Sum(c23); sums[16] = Vector512.Sum(c24); sums[17] = Vector512.Sum(c25);
        sums[18] = Vector512.Sum(c30); sums[19] = Vector512.Sum(c31); sums[20] = Vector512.Sum(c32); sums[21] = Vector512.Sum(c33); sums[22] = Vector512.Sum(c34); sums[23] = Vector512.Sum(c35);
    }

    /// <summary><see cref="Tile512"/> with 8-lane vectors (width a multiple of 8), for CPUs without AVX-512.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile256(float* grad, long* channelOffset, float* input, long* tapOffset, int images, long gradImageStride,
        long inputImageStride, int rows, int width, int inputStride, float* sums)
    {
        Vector256<float> c00 = default, c01 = default, c02 = default, c03 = default, c04 = default, c05 = default;
        Vector256<float> c10 = default, c11 = default, c12 = default, c13 = default, c14 = default, c15 = default;
        Vector256<float> c20 = default, c21 = default, c22 = default, c23 = default, c24 = default, c25 = default;
        Vector256<float> c30 = default, c31 = default, c32 = default, c33 = default, c34 = default, c35 = default;
        for (var image = 0; image < images; image++)
        {
            var dyImage = grad + image * gradImageStride;
            var xImage = input + image * inputImageStride;
            float* d0 = dyImage + channelOffset[0], d1 = dyImage + channelOffset[1], d2 = dyImage + channelOffset[2], d3 = dyImage + channelOffset[3];
            float* x0 = xImage + tapOffset[0], x1 = xImage + tapOffset[1], x2 = xImage + tapOffset[2];
            float* x3 = xImage + tapOffset[3], x4 = xImage + tapOffset[4], x5 = xImage + tapOffset[5];
            for (var r = 0; r < rows; r++)
            {
                for (var v = 0; v < width; v += 8)
                {
                    var g0 = Vector256.Load(d0 + v);
                    var g1 = Vector256.Load(d1 + v);
                    var g2 = Vector256.Load(d2 + v);
                    var g3 = Vector256.Load(d3 + v);
                    var a = Vector256.Load(x0 + v);
                    c00 = Vector256.FusedMultiplyAdd(g0, a, c00);
                    c10 = Vector256.FusedMultiplyAdd(g1, a, c10);
                    c20 = Vector256.FusedMultiplyAdd(g2, a, c20);
                    c30 = Vector256.FusedMultiplyAdd(g3, a, c30);
                    a = Vector256.Load(x1 + v);
                    c01 = Vector256.FusedMultiplyAdd(g0, a, c01);
                    c11 = Vector256.FusedMultiplyAdd(g1, a, c11);
                    c21 = Vector256.FusedMultiplyAdd(g2, a, c21);
                    c31 = Vector256.FusedMultiplyAdd(g3, a, c31);
                    a = Vector256.Load(x2 + v);
                    c02 = Vector256.FusedMultiplyAdd(g0, a, c02);
                    c12 = Vector256.FusedMultiplyAdd(g1, a, c12);
                    c22 = Vector256.FusedMultiplyAdd(g2, a, c22);
                    c32 = Vector256.FusedMultiplyAdd(g3, a, c32);
                    a = Vector256.Load(x3 + v);
                    c03 = Vector256.FusedMultiplyAdd(g0, a, c03);
                    c13 = Vector256.FusedMultiplyAdd(g1, a, c13);
                    c23 = Vector256.FusedMultiplyAdd(g2, a, c23);
                    c33 = Vector256.FusedMultiplyAdd(g3, a, c33);
                    a = Vector256.Load(x4 + v);
                    c04 = Vector256.FusedMultiplyAdd(g0, a, c04);
                    c14 = Vector256.FusedMultiplyAdd(g1, a, c14);
                    c24 = Vector256.FusedMultiplyAdd(g2, a, c24);
                    c34 = Vector256.FusedMultiplyAdd(g3, a, c34);
                    a = Vector256.Load(x5 + v);
                    c05 = Vector256.FusedMultiplyAdd(g0, a, c05);
                    c15 = Vector256.FusedMultiplyAdd(g1, a, c15);
                    c25 = Vector256.FusedMultiplyAdd(g2, a, c25);
                    c35 = Vector256.FusedMultiplyAdd(g3, a, c35);
                }
                d0 += width; d1 += width; d2 += width; d3 += width;
                x0 += inputStride; x1 += inputStride; x2 += inputStride; x3 += inputStride; x4 += inputStride; x5 += inputStride;
            }
        }
        sums[0] = Vector256.Sum(c00); sums[1] = Vector256.Sum(c01); sums[2] = Vector256.Sum(c02); sums[3] = Vector256.Sum(c03); sums[4] = Vector256.Sum(c04); sums[5] = Vector256.Sum(c05);
        sums[6] = Vector256.Sum(c10); sums[7] = Vector256.Sum(c11); sums[8] = Vector256.Sum(c12); sums[9] = Vector256.Sum(c13); sums[10] = Vector256.Sum(c14); sums[11] = Vector256.Sum(c15);
        sums[12] = Vector256.Sum(c20); sums[13] = Vector256.Sum(c21); sums[14] = Vector256.Sum(c22); sums[15] = Vector256.Sum(c23); sums[16] = Vector256.Sum(c24); sums[17] = Vector256.Sum(c25);
        sums[18] = Vector256.Sum(c30); sums[19] = Vector256.Sum(c31); sums[20] = Vector256.Sum(c32); sums[21] = Vector256.Sum(c33); sums[22] = Vector256.Sum(c34); sums[23] = Vector256.Sum(c35);
    }
}
