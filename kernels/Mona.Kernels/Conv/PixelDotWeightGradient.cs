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
/// where xp is x with its zero padding.
///
/// Layout: both factors are copied once so that, for every tap, the pixels (oy, ox) of the sum
/// map to one contiguous, equally strided stream f = oy·Lp + ox, Lp = OW + ⌊(KW − 1)·dw / sw⌋:
/// <list type="bullet">
/// <item>dY planes as OH rows of Lp floats, zero past OW and past the plane's end (rounded up to
/// 16), so every term the streams add beyond the real pixels is a product with 0;</item>
/// <item>each padded input plane split into sh·sw phase planes of Rp rows × Lp: padded pixel
/// (Y, X) at phase (Y mod sh, X mod sw), row Y div sh, column X div sw. Tap (ky, kx) then reads
/// phase (ky·dh mod sh, kx·dw mod sw) from row ky·dh div sh, column kx·dw div sw on: consecutive
/// output pixels are consecutive floats, the rows of the phase plane following each other just
/// as dY's rows do.</item>
/// </list>
/// So a row of the im2col matrix is a shifted stream of the copy: nothing is gathered per element,
/// nothing transposed, and the inner loop has no per-row bookkeeping (the GEMM formulation runs
/// its reduction along the pixels of both operands and must transpose one).
///
/// Micro-kernel: a tile of 4 channels × 6 taps keeps 24 vector accumulators (16 lanes with
/// AVX-512, else 8); per vector of pixels it loads 4 dY and 6 input vectors and does 24 FMAs.
/// The streams are swept in bands (whole images, or runs of rows whose length is a multiple of 16
/// floats so no vector straddles two bands); each band's vector sums are reduced horizontally and
/// added to dW, so the summation order is fixed by the geometry.
///
/// Threads: the copies are split by planes; the taps are cut into chunks of whole 6-tap tiles
/// (claimed through <see cref="ChunkScheduler"/>). Every dW element belongs to one chunk, so the
/// result does not depend on which thread ran what (bitwise repeatable, also across thread counts).
/// </summary>
internal static unsafe class PixelDotWeightGradient
{
    /// <summary>Vector lanes: 16 with AVX-512 (full-width FMAs on the target CPU), else 8.</summary>
    private static readonly int Lanes = Vector512.IsHardwareAccelerated ? 16 : 8;
    private const int TileChannels = 4;
    private const int TileTaps = 6;

    /// <summary>Every stream is swept in whole blocks of this many floats (a multiple of both vector widths).</summary>
    private const int Block = 16;

    /// <summary>
    /// Pixels per band. Each band ends with 24 horizontal sums per tile; measured on the 2-core dev
    /// machine, bands of 512–2048 pixels lose 10–50% to them, while 4096–32768 cost the same
    /// despite streaming from L2.
    /// </summary>
    private const int BandPixels = 8192;

    /// <summary>One group (grouped and depthwise layers keep the GEMM path).</summary>
    public static bool Supports(ConvGeometry g) => g.Groups == 1;

    public static void Run(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGrad, Span<float> weightGrad, ConvGeometry g, int threads)
    {
        var layout = new Layout(g);
        // Native blocks, not ArrayPool arrays: measured, renting these multi-MB arrays every call
        // slowed every pass in the bench (the forward included), native blocks cost nothing visible.
        var padded = (float*)NativeMemory.AlignedAlloc((nuint)(layout.PaddedInputLength * sizeof(float)), 64);
        var copiedGrad = (float*)NativeMemory.AlignedAlloc((nuint)(layout.PaddedGradLength * sizeof(float)), 64);
        try
        {
            fixed (float* x = input)
            fixed (float* dy = outputGrad)
            fixed (float* dw = weightGrad)
            {
                var planes = g.Batch * Math.Max(g.InChannels, g.OutChannels);
                var copyChunks = threads <= 1 ? 1 : Math.Min(planes, 4 * threads);
                ChunkScheduler.Run(new CopyJob(x, padded, dy, copiedGrad, g, layout, copyChunks), copyChunks, threads);
                var tiles = (layout.Taps + TileTaps - 1) / TileTaps;
                var chunks = threads <= 1 ? 1 : Math.Min(tiles, 2 * threads);
                ChunkScheduler.Run(new Job(padded, copiedGrad, dw, g, layout, tiles, chunks), chunks, threads);
            }
        }
        finally
        {
            NativeMemory.AlignedFree(padded);
            NativeMemory.AlignedFree(copiedGrad);
        }
    }

    /// <summary>Sizes of the copies and of the bands.</summary>
    private readonly struct Layout
    {
        public Layout(ConvGeometry g)
        {
            Taps = g.InChannels * g.KernelH * g.KernelW;
            PhaseLength = g.OutWidth + (g.KernelW - 1) * g.DilationW / g.StrideW;
            var paddedRows = g.Height + g.PadTop + g.PadBottom;
            // One row more than the deepest tap reaches: the last vector of a stream may run past
            // its final pixel (into zeros of dY), and its input reads must stay inside the buffer.
            PhaseRows = (paddedRows + g.StrideH - 1) / g.StrideH + 1;
            PhasePlaneLength = (long)PhaseRows * PhaseLength;
            InputPlaneLength = (long)g.StrideH * g.StrideW * PhasePlaneLength;
            InputImageLength = g.InChannels * InputPlaneLength;
            PaddedInputLength = g.Batch * InputImageLength + Block;
            GradPlaneLength = ((long)g.OutHeight * PhaseLength + Block - 1) / Block * Block;
            GradImageLength = g.OutChannels * GradPlaneLength;
            PaddedGradLength = g.Batch * GradImageLength;
            // Bands of rows must hold whole blocks: a multiple of Block / gcd(Lp, Block) rows.
            var rowMultiple = Block / (int)ulong.Min(Gcd((ulong)PhaseLength, Block), Block);
            var rows = BandPixels / PhaseLength / rowMultiple * rowMultiple;
            BandRows = rows >= g.OutHeight ? g.OutHeight : Math.Max(rowMultiple, rows);
            BandImages = BandRows < g.OutHeight ? 1 : Math.Clamp(BandPixels / (g.OutHeight * PhaseLength), 1, g.Batch);
        }

        public int Taps { get; }

        /// <summary>Lp: one row of a phase plane, and of a dY plane.</summary>
        public int PhaseLength { get; }

        /// <summary>Rp: rows of a phase plane.</summary>
        public int PhaseRows { get; }

        public long PhasePlaneLength { get; }

        /// <summary>sh·sw phase planes: one input channel.</summary>
        public long InputPlaneLength { get; }

        public long InputImageLength { get; }

        /// <summary>All images, plus one block of zeros that the last stream may read past its end.</summary>
        public long PaddedInputLength { get; }

        /// <summary>OH·Lp rounded up to a block.</summary>
        public long GradPlaneLength { get; }

        public long GradImageLength { get; }

        public long PaddedGradLength { get; }

        /// <summary>Output rows per band (all of them when a band spans whole images).</summary>
        public int BandRows { get; }

        /// <summary>Images per band (1 when an image is cut into bands of rows).</summary>
        public int BandImages { get; }

        private static ulong Gcd(ulong a, ulong b) => b == 0 ? a : Gcd(b, a % b);
    }

    /// <summary>Input planes [first, end) into their phase planes (zeros where no pixel lands).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PadInput(float* x, float* padded, ConvGeometry g, Layout layout, int first, int end)
    {
        int lp = layout.PhaseLength, sh = g.StrideH, sw = g.StrideW;
        for (var plane = first; plane < end; plane++)
        {
            var target = padded + plane * layout.InputPlaneLength;
            new Span<float>(target, checked((int)layout.InputPlaneLength)).Clear();
            var source = x + (long)plane * g.Height * g.Width;
            for (var iy = 0; iy < g.Height; iy++)
            {
                var y = g.PadTop + iy;
                var line = source + (long)iy * g.Width;
                var rowPhase = target + y % sh * sw * layout.PhasePlaneLength + (long)(y / sh) * lp;
                if (sw == 1)
                {
                    var count = Math.Min(g.Width, lp - g.PadLeft);
                    if (count > 0) new ReadOnlySpan<float>(line, count).CopyTo(new Span<float>(rowPhase + g.PadLeft, count));
                    continue;
                }
                for (var ix = 0; ix < g.Width; ix++)
                {
                    int column = g.PadLeft + ix, index = column / sw;
                    if (index < lp) rowPhase[column % sw * layout.PhasePlaneLength + index] = line[ix];
                }
            }
        }
        if (end == g.Batch * g.InChannels) new Span<float>(padded + g.Batch * layout.InputImageLength, Block).Clear();
    }

    /// <summary>dY planes [first, end) as rows of Lp, zero past OW and past OH·Lp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PadGrad(float* dy, float* padded, ConvGeometry g, Layout layout, int first, int end)
    {
        var lp = layout.PhaseLength;
        for (var plane = first; plane < end; plane++)
        {
            var target = padded + plane * layout.GradPlaneLength;
            new Span<float>(target, checked((int)layout.GradPlaneLength)).Clear();
            var source = dy + (long)plane * g.OutHeight * g.OutWidth;
            for (var oy = 0; oy < g.OutHeight; oy++)
                new ReadOnlySpan<float>(source + (long)oy * g.OutWidth, g.OutWidth).CopyTo(new Span<float>(target + (long)oy * lp, g.OutWidth));
        }
    }

    /// <summary>Chunk i: its share of the input planes and of the dY planes.</summary>
    private readonly struct CopyJob(float* x, float* padded, float* dy, float* copiedGrad, ConvGeometry g, Layout layout, int chunks)
        : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void FreeScratch(nint scratch)
        {
        }

        public void Execute(int chunk, nint scratch)
        {
            var inputPlanes = g.Batch * g.InChannels;
            PadInput(x, padded, g, layout, inputPlanes * chunk / chunks, inputPlanes * (chunk + 1) / chunks);
            var gradPlanes = g.Batch * g.OutChannels;
            PadGrad(dy, copiedGrad, g, layout, gradPlanes * chunk / chunks, gradPlanes * (chunk + 1) / chunks);
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
                // Inner bands hold whole blocks by construction; the last one ends inside the plane's zero tail.
                var length = (int)((Math.Min(layout.BandRows, g.OutHeight - y0) * (long)layout.PhaseLength + Block - 1) / Block * Block);
                // Pixel (n, y0, 0) of channel/tap 0; a channel or tap adds its fixed offset.
                var gradBase = grad + n * layout.GradImageLength + (long)y0 * layout.PhaseLength;
                var inputBase = input + n * layout.InputImageLength + (long)y0 * layout.PhaseLength;
                for (var tile = firstTile; tile < endTile; tile++)
                {
                    // Taps past the last repeat the last one; their sums are dropped.
                    for (var i = 0; i < TileTaps; i++)
                    {
                        var t = Math.Min(tile * TileTaps + i, layout.Taps - 1);
                        int c = t / area, row = t % area / g.KernelW * g.DilationH, column = t % g.KernelW * g.DilationW;
                        var phase = row % g.StrideH * g.StrideW + column % g.StrideW;
                        tapOffset[i] = c * layout.InputPlaneLength + phase * layout.PhasePlaneLength
                                       + (long)(row / g.StrideH) * layout.PhaseLength + column / g.StrideW;
                    }
                    for (var o0 = 0; o0 < g.OutChannels; o0 += TileChannels)
                    {
                        for (var j = 0; j < TileChannels; j++)
                            channelOffset[j] = Math.Min(o0 + j, g.OutChannels - 1) * layout.GradPlaneLength;
                        if (Lanes == 16)
                            Tile512(gradBase, channelOffset, inputBase, tapOffset, images, layout.GradImageLength, layout.InputImageLength, length, sums);
                        else
                            Tile256(gradBase, channelOffset, inputBase, tapOffset, images, layout.GradImageLength, layout.InputImageLength, length, sums);
                        for (var j = 0; j < Math.Min(TileChannels, g.OutChannels - o0); j++)
                        for (var i = 0; i < Math.Min(TileTaps, layout.Taps - tile * TileTaps); i++)
                            weightGrad[(long)(o0 + j) * layout.Taps + tile * TileTaps + i] += sums[j * TileTaps + i];
                    }
                }
            }
        }
    }

    /// <summary>
    /// sums[j·6 + i] = Σ over <paramref name="images"/> images of Σ_f dY_j[f]·x_i[f], f &lt; length (a
    /// multiple of 16), for the 4 dY streams at grad + channelOffset[j] and the 6 input streams at
    /// input + tapOffset[i]; images advance by (gradImageStride, inputImageStride). 24 accumulators
    /// + 4 dY vectors + 1 input vector use 29 of the 32 zmm registers; per step 10 loads feed 24 FMAs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile512(float* grad, long* channelOffset, float* input, long* tapOffset, int images, long gradImageStride,
        long inputImageStride, int length, float* sums)
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
            for (var f = 0; f < length; f += 16)
            {
                var g0 = Vector512.Load(d0 + f);
                var g1 = Vector512.Load(d1 + f);
                var g2 = Vector512.Load(d2 + f);
                var g3 = Vector512.Load(d3 + f);
                var a = Vector512.Load(x0 + f);
                c00 = Vector512.FusedMultiplyAdd(g0, a, c00);
                c10 = Vector512.FusedMultiplyAdd(g1, a, c10);
                c20 = Vector512.FusedMultiplyAdd(g2, a, c20);
                c30 = Vector512.FusedMultiplyAdd(g3, a, c30);
                a = Vector512.Load(x1 + f);
                c01 = Vector512.FusedMultiplyAdd(g0, a, c01);
                c11 = Vector512.FusedMultiplyAdd(g1, a, c11);
                c21 = Vector512.FusedMultiplyAdd(g2, a, c21);
                c31 = Vector512.FusedMultiplyAdd(g3, a, c31);
                a = Vector512.Load(x2 + f);
                c02 = Vector512.FusedMultiplyAdd(g0, a, c02);
                c12 = Vector512.FusedMultiplyAdd(g1, a, c12);
                c22 = Vector512.FusedMultiplyAdd(g2, a, c22);
                c32 = Vector512.FusedMultiplyAdd(g3, a, c32);
                a = Vector512.Load(x3 + f);
                c03 = Vector512.FusedMultiplyAdd(g0, a, c03);
                c13 = Vector512.FusedMultiplyAdd(g1, a, c13);
                c23 = Vector512.FusedMultiplyAdd(g2, a, c23);
                c33 = Vector512.FusedMultiplyAdd(g3, a, c33);
                a = Vector512.Load(x4 + f);
                c04 = Vector512.FusedMultiplyAdd(g0, a, c04);
                c14 = Vector512.FusedMultiplyAdd(g1, a, c14);
                c24 = Vector512.FusedMultiplyAdd(g2, a, c24);
                c34 = Vector512.FusedMultiplyAdd(g3, a, c34);
                a = Vector512.Load(x5 + f);
                c05 = Vector512.FusedMultiplyAdd(g0, a, c05);
                c15 = Vector512.FusedMultiplyAdd(g1, a, c15);
                c25 = Vector512.FusedMultiplyAdd(g2, a, c25);
                c35 = Vector512.FusedMultiplyAdd(g3, a, c35);
            }
        }
        sums[0] = Vector512.Sum(c00); sums[1] = Vector512.Sum(c01); sums[2] = Vector512.Sum(c02); sums[3] = Vector512.Sum(c03); sums[4] = Vector512.Sum(c04); sums[5] = Vector512.Sum(c05);
        sums[6] = Vector512.Sum(c10); sums[7] = Vector512.Sum(c11); sums[8] = Vector512.Sum(c12); sums[9] = Vector512.Sum(c13); sums[10] = Vector512.Sum(c14); sums[11] = Vector512.Sum(c15);
        sums[12] = Vector512.Sum(c20); sums[13] = Vector512.Sum(c21); sums[14] = Vector512.Sum(c22); sums[15] = Vector512.Sum(c23); sums[16] = Vector512.Sum(c24); sums[17] = Vector512.Sum(c25);
        sums[18] = Vector512.Sum(c30); sums[19] = Vector512.Sum(c31); sums[20] = Vector512.Sum(c32); sums[21] = Vector512.Sum(c33); sums[22] = Vector512.Sum(c34); sums[23] = Vector512.Sum(c35);
    }

    /// <summary><see cref="Tile512"/> with 8-lane vectors, for CPUs without AVX-512.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile256(float* grad, long* channelOffset, float* input, long* tapOffset, int images, long gradImageStride,
        long inputImageStride, int length, float* sums)
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
            for (var f = 0; f < length; f += 8)
            {
                var g0 = Vector256.Load(d0 + f);
                var g1 = Vector256.Load(d1 + f);
                var g2 = Vector256.Load(d2 + f);
                var g3 = Vector256.Load(d3 + f);
                var a = Vector256.Load(x0 + f);
                c00 = Vector256.FusedMultiplyAdd(g0, a, c00);
                c10 = Vector256.FusedMultiplyAdd(g1, a, c10);
                c20 = Vector256.FusedMultiplyAdd(g2, a, c20);
                c30 = Vector256.FusedMultiplyAdd(g3, a, c30);
                a = Vector256.Load(x1 + f);
                c01 = Vector256.FusedMultiplyAdd(g0, a, c01);
                c11 = Vector256.FusedMultiplyAdd(g1, a, c11);
                c21 = Vector256.FusedMultiplyAdd(g2, a, c21);
                c31 = Vector256.FusedMultiplyAdd(g3, a, c31);
                a = Vector256.Load(x2 + f);
                c02 = Vector256.FusedMultiplyAdd(g0, a, c02);
                c12 = Vector256.FusedMultiplyAdd(g1, a, c12);
                c22 = Vector256.FusedMultiplyAdd(g2, a, c22);
                c32 = Vector256.FusedMultiplyAdd(g3, a, c32);
                a = Vector256.Load(x3 + f);
                c03 = Vector256.FusedMultiplyAdd(g0, a, c03);
                c13 = Vector256.FusedMultiplyAdd(g1, a, c13);
                c23 = Vector256.FusedMultiplyAdd(g2, a, c23);
                c33 = Vector256.FusedMultiplyAdd(g3, a, c33);
                a = Vector256.Load(x4 + f);
                c04 = Vector256.FusedMultiplyAdd(g0, a, c04);
                c14 = Vector256.FusedMultiplyAdd(g1, a, c14);
                c24 = Vector256.FusedMultiplyAdd(g2, a, c24);
                c34 = Vector256.FusedMultiplyAdd(g3, a, c34);
                a = Vector256.Load(x5 + f);
                c05 = Vector256.FusedMultiplyAdd(g0, a, c05);
                c15 = Vector256.FusedMultiplyAdd(g1, a, c15);
                c25 = Vector256.FusedMultiplyAdd(g2, a, c25);
                c35 = Vector256.FusedMultiplyAdd(g3, a, c35);
            }
        }
        sums[0] = Vector256.Sum(c00); sums[1] = Vector256.Sum(c01); sums[2] = Vector256.Sum(c02); sums[3] = Vector256.Sum(c03); sums[4] = Vector256.Sum(c04); sums[5] = Vector256.Sum(c05);
        sums[6] = Vector256.Sum(c10); sums[7] = Vector256.Sum(c11); sums[8] = Vector256.Sum(c12); sums[9] = Vector256.Sum(c13); sums[10] = Vector256.Sum(c14); sums[11] = Vector256.Sum(c15);
        sums[12] = Vector256.Sum(c20); sums[13] = Vector256.Sum(c21); sums[14] = Vector256.Sum(c22); sums[15] = Vector256.Sum(c23); sums[16] = Vector256.Sum(c24); sums[17] = Vector256.Sum(c25);
        sums[18] = Vector256.Sum(c30); sums[19] = Vector256.Sum(c31); sums[20] = Vector256.Sum(c32); sums[21] = Vector256.Sum(c33); sums[22] = Vector256.Sum(c34); sums[23] = Vector256.Sum(c35);
    }
}
