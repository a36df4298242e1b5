using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mona.Kernels.Gemm;

/// <summary>
/// AVX-512 micro-kernel, tile 8 rows × 32 columns: per k step two 16-lane loads of the B panel,
/// eight broadcasts of A and sixteen FMAs into sixteen independent zmm accumulators, enough to
/// hide the FMA latency at two 512-bit FMAs per cycle. 16 accumulators + 2 B + 1 A registers fit
/// the 32 zmm registers without spills. Written out unrolled; every full row is stored with the
/// fused epilogue. Measured on the development machine: about 200–230 GFLOP/s per core.
/// </summary>
internal readonly unsafe struct MicroKernel512 : IMicroKernel
{
    public static int MR => 8;

    public static int NR => 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, float* a, float* b, float* c, int ldc, int rows, int columns,
        bool accumulate, GemmEpilogue* epilogue, int row0, int column0)
    {
        var c00 = Vector512<float>.Zero; var c01 = Vector512<float>.Zero;
        var c10 = Vector512<float>.Zero; var c11 = Vector512<float>.Zero;
        var c20 = Vector512<float>.Zero; var c21 = Vector512<float>.Zero;
        var c30 = Vector512<float>.Zero; var c31 = Vector512<float>.Zero;
        var c40 = Vector512<float>.Zero; var c41 = Vector512<float>.Zero;
        var c50 = Vector512<float>.Zero; var c51 = Vector512<float>.Zero;
        var c60 = Vector512<float>.Zero; var c61 = Vector512<float>.Zero;
        var c70 = Vector512<float>.Zero; var c71 = Vector512<float>.Zero;
        for (var k = 0; k < kc; k++)
        {
            var b0 = Vector512.Load(b + 0);
            var b1 = Vector512.Load(b + 16);
            var a0 = Vector512.Create(a[0]);
            c00 = Vector512.FusedMultiplyAdd(a0, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(a0, b1, c01);
            var a1 = Vector512.Create(a[1]);
            c10 = Vector512.FusedMultiplyAdd(a1, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(a1, b1, c11);
            var a2 = Vector512.Create(a[2]);
            c20 = Vector512.FusedMultiplyAdd(a2, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(a2, b1, c21);
            var a3 = Vector512.Create(a[3]);
            c30 = Vector512.FusedMultiplyAdd(a3, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(a3, b1, c31);
            var a4 = Vector512.Create(a[4]);
            c40 = Vector512.FusedMultiplyAdd(a4, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(a4, b1, c41);
            var a5 = Vector512.Create(a[5]);
            c50 = Vector512.FusedMultiplyAdd(a5, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(a5, b1, c51);
            var a6 = Vector512.Create(a[6]);
            c60 = Vector512.FusedMultiplyAdd(a6, b0, c60);
            c61 = Vector512.FusedMultiplyAdd(a6, b1, c61);
            var a7 = Vector512.Create(a[7]);
            c70 = Vector512.FusedMultiplyAdd(a7, b0, c70);
            c71 = Vector512.FusedMultiplyAdd(a7, b1, c71);
            a += 8;
            b += 32;
        }

        if (rows == 8 && columns == 32)
        {
            StoreRow(c + (long)0 * ldc, c00, c01, accumulate, epilogue, row0 + 0, column0);
            StoreRow(c + (long)1 * ldc, c10, c11, accumulate, epilogue, row0 + 1, column0);
            StoreRow(c + (long)2 * ldc, c20, c21, accumulate, epilogue, row0 + 2, column0);
            StoreRow(c + (long)3 * ldc, c30, c31, accumulate, epilogue, row0 + 3, column0);
            StoreRow(c + (long)4 * ldc, c40, c41, accumulate, epilogue, row0 + 4, column0);
            StoreRow(c + (long)5 * ldc, c50, c51, accumulate, epilogue, row0 + 5, column0);
            StoreRow(c + (long)6 * ldc, c60, c61, accumulate, epilogue, row0 + 6, column0);
            StoreRow(c + (long)7 * ldc, c70, c71, accumulate, epilogue, row0 + 7, column0);
            return;
        }

        // Edge tile: spill the raw sums, then merge only the part inside C.
        var tile = stackalloc float[256];
        c00.Store(tile + 0);
        c01.Store(tile + 16);
        c10.Store(tile + 32);
        c11.Store(tile + 48);
        c20.Store(tile + 64);
        c21.Store(tile + 80);
        c30.Store(tile + 96);
        c31.Store(tile + 112);
        c40.Store(tile + 128);
        c41.Store(tile + 144);
        c50.Store(tile + 160);
        c51.Store(tile + 176);
        c60.Store(tile + 192);
        c61.Store(tile + 208);
        c70.Store(tile + 224);
        c71.Store(tile + 240);
        TileStore.MergePartial(tile, 32, c, ldc, rows, columns, accumulate, epilogue, row0, column0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow(float* p, Vector512<float> v0, Vector512<float> v1, bool accumulate, GemmEpilogue* epilogue, int row, int column0)
    {
        if (accumulate)
        {
            v0 += Vector512.Load(p + 0);
            v1 += Vector512.Load(p + 16);
        }
        if (epilogue != null)
        {
            if (epilogue->RowBias != null)
            {
                var bias = Vector512.Create(epilogue->RowBias[row]);
                v0 += bias;
                v1 += bias;
            }
            if (epilogue->ColumnBias != null)
            {
                v0 += Vector512.Load(epilogue->ColumnBias + column0 + 0);
                v1 += Vector512.Load(epilogue->ColumnBias + column0 + 16);
            }
            var activation = epilogue->Activation;
            v0 = VectorActivation.Apply(v0, activation);
            v1 = VectorActivation.Apply(v1, activation);
        }
        v0.Store(p + 0);
        v1.Store(p + 16);
    }
}
