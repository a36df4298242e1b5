using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mona.Kernels.Gemm;

/// <summary>
/// The packed SGEMM loop nest, C[M×N] (+)= A[M×K] · B[K×N], then the fused epilogue.
///
/// Layout: A is pre-packed (<see cref="PackedMatrixA"/>); B comes from an <see cref="IPanelSource"/>
/// that packs one KC×NC block at a time into a thread-private 64-byte aligned buffer; C is
/// row-major with row stride ldc (for a convolution: output channels × pixels of NCHW).
///
/// Loop order per thread: NC block of columns → KC block of depth (pack B once, 512 KB, stays in
/// L2) → MR-row panel of A (8 KB, stays in L1) → NR-column panel of B → micro-kernel. The first
/// K block overwrites C (unless accumulating), later ones add, the last applies bias/activation.
///
/// Threads: the column panels are cut into up to 4 chunks per thread (each at least 2 panels,
/// more when A is large, since every chunk streams all of A), claimed dynamically through
/// <see cref="ChunkScheduler"/>; a chunk packs only its own columns of B and writes disjoint
/// columns of C, each worker reusing one pack buffer. Many small chunks rather than one per
/// thread keep a thread that the OS pre-empts (the machine is shared) from holding up the rest.
/// When A is larger than B (deep layers on small images) or there are too few column panels (a
/// linear layer on a small batch), the row panels are chunked instead and every chunk packs all
/// of B. A pre-packed B (<see cref="PackedMatrixB"/>) is read in place, never copied.
/// </summary>
internal static unsafe class GemmDriver
{
    /// <summary>Work chunks per thread: enough that a thread the OS pre-empts leaves its share to the others.</summary>
    private const int ChunksPerThread = 4;

    public static void Run<TSource>(PackedMatrixA a, TSource b, float* c, int ldc, int columns, bool accumulate,
        GemmEpilogue epilogue, int threads) where TSource : struct, IPanelSource
    {
        switch (a.Path)
        {
            case GemmPath.Vector512:
                Run<MicroKernel512, TSource>(a, b, c, ldc, columns, accumulate, epilogue, threads);
                break;
            case GemmPath.Vector256:
                Run<MicroKernel256, TSource>(a, b, c, ldc, columns, accumulate, epilogue, threads);
                break;
            default:
                Run<MicroKernelScalar, TSource>(a, b, c, ldc, columns, accumulate, epilogue, threads);
                break;
        }
    }

    private static void Run<TKernel, TSource>(PackedMatrixA a, TSource b, float* c, int ldc, int columns,
        bool accumulate, GemmEpilogue epilogue, int threads)
        where TKernel : struct, IMicroKernel where TSource : struct, IPanelSource
    {
        var columnPanels = (columns + TKernel.NR - 1) / TKernel.NR;
        var rowPanels = a.Panels;
        // Splitting columns makes every chunk stream all of A; splitting rows makes every chunk pack
        // all of B. Pick the cheaper duplicate (a 512→512 conv at 16² has 9 MB of weights and
        // 4.5 MB of im2col columns; a 64→64 conv at 128² has 0.1 MB and 36 MB).
        var aBytes = (long)rowPanels * TKernel.MR * a.Depth * sizeof(float);
        var bBytes = (long)a.Depth * columns * sizeof(float);
        var splitColumns = columnPanels >= 2 * threads && (aBytes <= bBytes || rowPanels < 2 * threads)
                           || columnPanels >= rowPanels;
        // Column chunks: at least 2 panels, one more per MB of A. Row chunks: at least 32 panels
        // (256 rows), so re-packing B stays a small fraction of each chunk's work.
        var minimumPanels = Math.Max(2, (int)(aBytes >> 20));
        var chunks = splitColumns
            ? Math.Clamp(columnPanels / minimumPanels, Math.Min(threads, columnPanels), ChunksPerThread * threads)
            : Math.Clamp(rowPanels / 32, Math.Min(threads, rowPanels), ChunksPerThread * threads);
        if (threads <= 1 || chunks <= 1) chunks = 1;
        // One B block: KC deep and as wide as the widest chunk's columns (at most NC).
        var chunkPanels = splitColumns ? (columnPanels + chunks - 1) / chunks : columnPanels;
        var bufferLength = (long)a.BlockDepth * Math.Min(GemmBlocking.NC, chunkPanels * TKernel.NR);
        var job = new ChunkJob<TKernel, TSource>(a, b, c, ldc, columns, accumulate, epilogue, chunks, splitColumns, bufferLength);
        ChunkScheduler.Run(job, chunks, threads);
    }

    /// <summary>Chunk i of the GEMM: a range of column panels (or of row panels) with its own B pack buffer.</summary>
    private readonly struct ChunkJob<TKernel, TSource>(PackedMatrixA a, TSource b, float* c, int ldc, int columns,
        bool accumulate, GemmEpilogue epilogue, int chunks, bool splitColumns, long bufferLength) : IChunkJob
        where TKernel : struct, IMicroKernel where TSource : struct, IPanelSource
    {
        public nint CreateScratch() => (nint)Allocate(bufferLength);

        public void FreeScratch(nint scratch) => NativeMemory.AlignedFree((void*)scratch);

        public void Execute(int chunk, nint scratch)
        {
            if (splitColumns)
            {
                var columnPanels = (columns + TKernel.NR - 1) / TKernel.NR;
                var first = columnPanels * chunk / chunks * TKernel.NR;
                var end = Math.Min(columns, columnPanels * (chunk + 1) / chunks * TKernel.NR);
                Slice<TKernel, TSource>(a, b, c, ldc, first, end, 0, a.Panels, accumulate, epilogue, (float*)scratch);
            }
            else
            {
                Slice<TKernel, TSource>(a, b, c, ldc, 0, columns, a.Panels * chunk / chunks, a.Panels * (chunk + 1) / chunks,
                    accumulate, epilogue, (float*)scratch);
            }
        }
    }

    private static float* Allocate(long floats) => (float*)NativeMemory.AlignedAlloc((nuint)(floats * sizeof(float)), 64);

    /// <summary>One thread's share: columns [columnBegin, columnEnd) × row panels [panelBegin, panelEnd).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Slice<TKernel, TSource>(PackedMatrixA a, TSource b, float* c, int ldc,
        int columnBegin, int columnEnd, int panelBegin, int panelEnd, bool accumulate, GemmEpilogue epilogue, float* packed)
        where TKernel : struct, IMicroKernel where TSource : struct, IPanelSource
    {
        int mr = TKernel.MR, nr = TKernel.NR, depth = a.Depth;
        if (columnEnd <= columnBegin || panelEnd <= panelBegin) return;
        var finalEpilogue = &epilogue;
        for (var n0 = columnBegin; n0 < columnEnd; n0 += GemmBlocking.NC)
        {
            var nc = Math.Min(GemmBlocking.NC, columnEnd - n0);
            for (var k0 = 0; k0 < depth; k0 += a.BlockDepth)
            {
                var kc = Math.Min(a.BlockDepth, depth - k0);
                var block = b.Packed(k0, kc, n0);
                if (block == null)
                {
                    b.Pack(k0, kc, n0, nc, nr, packed);
                    block = packed;
                }
                var add = accumulate || k0 > 0;
                var tail = k0 + kc == depth ? finalEpilogue : null;
                for (var p = panelBegin; p < panelEnd; p++)
                {
                    var panel = a.Panel(k0, kc, p);
                    var rows = Math.Min(mr, a.Rows - p * mr);
                    var cRows = c + (long)p * mr * ldc + n0;
                    for (var q = 0; q * nr < nc; q++)
                    {
                        TKernel.Run(kc, panel, block + (long)q * kc * nr, cRows + q * nr, ldc, rows,
                            Math.Min(nr, nc - q * nr), add, tail, p * mr, n0 + q * nr);
                    }
                }
            }
        }
    }
}
