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
/// Threads: the column panels are split into contiguous ranges, one per thread, so each thread
/// packs only its own part of B and writes disjoint columns of C; when there are too few column
/// panels (a linear layer on a small batch) the row panels are split instead and every thread
/// packs all of B.
/// </summary>
internal static unsafe class GemmDriver
{
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
        var splitColumns = columnPanels >= 2 * threads || columnPanels >= rowPanels;
        var tasks = Math.Min(threads, splitColumns ? columnPanels : rowPanels);
        if (tasks <= 1)
        {
            Slice<TKernel, TSource>(a, b, c, ldc, 0, columns, 0, rowPanels, accumulate, epilogue);
            return;
        }
        Parallel.For(0, tasks, new ParallelOptions { MaxDegreeOfParallelism = tasks }, t =>
        {
            if (splitColumns)
            {
                var first = columnPanels * t / tasks * TKernel.NR;
                var end = Math.Min(columns, columnPanels * (t + 1) / tasks * TKernel.NR);
                Slice<TKernel, TSource>(a, b, c, ldc, first, end, 0, rowPanels, accumulate, epilogue);
            }
            else
            {
                Slice<TKernel, TSource>(a, b, c, ldc, 0, columns, rowPanels * t / tasks, rowPanels * (t + 1) / tasks,
                    accumulate, epilogue);
            }
        });
    }

    /// <summary>One thread's share: columns [columnBegin, columnEnd) × row panels [panelBegin, panelEnd).</summary>
    private static void Slice<TKernel, TSource>(PackedMatrixA a, TSource b, float* c, int ldc,
        int columnBegin, int columnEnd, int panelBegin, int panelEnd, bool accumulate, GemmEpilogue epilogue)
        where TKernel : struct, IMicroKernel where TSource : struct, IPanelSource
    {
        int mr = TKernel.MR, nr = TKernel.NR, depth = a.Depth;
        if (columnEnd <= columnBegin || panelEnd <= panelBegin) return;
        var blockWidth = Math.Min(GemmBlocking.NC, GemmBlocking.RoundUp(columnEnd - columnBegin, nr));
        var blockDepth = Math.Min(GemmBlocking.KC, depth);
        var packed = (float*)NativeMemory.AlignedAlloc((nuint)((long)blockWidth * blockDepth * sizeof(float)), 64);
        try
        {
            var finalEpilogue = &epilogue;
            for (var n0 = columnBegin; n0 < columnEnd; n0 += GemmBlocking.NC)
            {
                var nc = Math.Min(GemmBlocking.NC, columnEnd - n0);
                for (var k0 = 0; k0 < depth; k0 += GemmBlocking.KC)
                {
                    var kc = Math.Min(GemmBlocking.KC, depth - k0);
                    b.Pack(k0, kc, n0, nc, nr, packed);
                    var add = accumulate || k0 > 0;
                    var tail = k0 + kc == depth ? finalEpilogue : null;
                    for (var p = panelBegin; p < panelEnd; p++)
                    {
                        var panel = a.Panel(k0, kc, p);
                        var rows = Math.Min(mr, a.Rows - p * mr);
                        var cRows = c + (long)p * mr * ldc + n0;
                        for (var q = 0; q * nr < nc; q++)
                        {
                            TKernel.Run(kc, panel, packed + (long)q * kc * nr, cRows + q * nr, ldc, rows,
                                Math.Min(nr, nc - q * nr), add, tail, p * mr, n0 + q * nr);
                        }
                    }
                }
            }
        }
        finally
        {
            NativeMemory.AlignedFree(packed);
        }
    }
}
