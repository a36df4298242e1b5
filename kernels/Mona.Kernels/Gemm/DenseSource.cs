using System.Runtime.CompilerServices;
namespace Mona.Kernels.Gemm;

/// <summary>
/// B as a dense matrix: element (k, n) at <c>b[k·rowStride + n·columnStride]</c>. Row-major
/// (columnStride 1) packs with vector copies of each row segment; any other layout (a transposed
/// weight, columnStride = K) falls back to an element gather.
/// </summary>
internal readonly unsafe struct DenseSource(float* b, long rowStride, long columnStride) : IPanelSource
{
    public float* Packed(int k0, int kc, int n0) => null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Pack(int k0, int kc, int n0, int nc, int nr, float* dest)
    {
        for (var q = 0; q * nr < nc; q++)
        {
            var width = Math.Min(nr, nc - q * nr);
            var panel = dest + (long)q * kc * nr;
            var column = n0 + q * nr;
            for (var k = 0; k < kc; k++)
            {
                var target = panel + k * nr;
                var row = b + (k0 + k) * rowStride + column * columnStride;
                if (columnStride == 1)
                {
                    PanelCopy.Copy(row, target, width);
                }
                else
                {
                    for (var j = 0; j < width; j++) target[j] = row[j * columnStride];
                }
                PanelCopy.Zero(target + width, nr - width);
            }
        }
    }
}
