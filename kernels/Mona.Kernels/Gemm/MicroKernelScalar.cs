namespace Mona.Kernels.Gemm;

/// <summary>
/// Portable micro-kernel in plain C#, tile 4 rows × 8 columns: the fallback for CPUs without
/// SIMD and the simplest statement of what every micro-kernel computes,
/// tile[i, j] = Σ_k a[k·MR + i] · b[k·NR + j].
/// </summary>
internal readonly unsafe struct MicroKernelScalar : IMicroKernel
{
    public static int MR => 4;

    public static int NR => 8;

    public static void Run(int kc, float* a, float* b, float* c, int ldc, int rows, int columns,
        bool accumulate, GemmEpilogue* epilogue, int row0, int column0)
    {
        var tile = stackalloc float[4 * 8];
        for (var k = 0; k < kc; k++)
        {
            for (var i = 0; i < 4; i++)
            {
                var ai = a[i];
                for (var j = 0; j < 8; j++) tile[i * 8 + j] += ai * b[j];
            }
            a += 4;
            b += 8;
        }
        TileStore.MergePartial(tile, 8, c, ldc, rows, columns, accumulate, epilogue, row0, column0);
    }
}
