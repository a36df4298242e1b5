using System.Runtime.CompilerServices;
namespace Mona.Kernels.Gemm;

/// <summary>
/// The edge case of every micro-kernel: a tile that sticks out of C was computed into a dense
/// MR×NR scratch (row stride NR); only its rows×columns inside C are merged, element by element.
/// </summary>
internal static unsafe class TileStore
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MergePartial(float* tile, int nr, float* c, int ldc, int rows, int columns,
        bool accumulate, GemmEpilogue* epilogue, int row0, int column0)
    {
        for (var i = 0; i < rows; i++)
        {
            var source = tile + i * nr;
            var target = c + (long)i * ldc;
            for (var j = 0; j < columns; j++)
            {
                var value = source[j];
                if (accumulate) value += target[j];
                if (epilogue != null) value = epilogue->Apply(value, row0 + i, column0 + j);
                target[j] = value;
            }
        }
    }
}
