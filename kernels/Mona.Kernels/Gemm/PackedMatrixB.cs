namespace Mona.Kernels.Gemm;

/// <summary>
/// The right operand of a GEMM (K×N) packed once in exactly the layout the driver packs B blocks
/// into, so the driver reads it in place: for each K block k0 (depth kc, see
/// <see cref="GemmBlocking.BlockDepth"/>) and each panel of NR columns, kc·NR floats k-major
/// (element (k, j) at k·NR + j), columns past N zero. Block k0 starts at k0·Np (Np = N rounded
/// up to NR), its panel q at k0·Np + q·kc·NR, so consecutive panels are contiguous. Used for a
/// linear layer's Wᵀ, which would otherwise be gathered column by column on every call.
/// </summary>
internal sealed unsafe class PackedMatrixB : IDisposable
{
    private readonly NativeBuffer _data;

    /// <summary>Packs B where element (k, n) sits at <c>b[k·rowStride + n·columnStride]</c>.</summary>
    public PackedMatrixB(ReadOnlySpan<float> b, int depth, int columns, int rowStride, int columnStride, GemmPath path)
    {
        Depth = depth;
        Columns = columns;
        ColumnsPerPanel = GemmBlocking.ColumnsPerTile(GemmBlocking.Resolve(path));
        BlockDepth = GemmBlocking.BlockDepth(depth);
        PaddedColumns = GemmBlocking.RoundUp(columns, ColumnsPerPanel);
        _data = new NativeBuffer((long)depth * PaddedColumns);
        fixed (float* source = b)
        {
            var dense = new DenseSource(source, rowStride, columnStride);
            for (var k0 = 0; k0 < depth; k0 += BlockDepth)
            {
                var kc = Math.Min(BlockDepth, depth - k0);
                dense.Pack(k0, kc, 0, columns, ColumnsPerPanel, Block(k0, kc, 0));
            }
        }
    }

    public int Depth { get; }

    public int Columns { get; }

    public int ColumnsPerPanel { get; }

    public int BlockDepth { get; }

    private int PaddedColumns { get; }

    /// <summary>The packed panels of K block k0 (depth kc) from column n0 (a multiple of NR) on.</summary>
    public float* Block(int k0, int kc, int n0) => _data.Pointer + (long)k0 * PaddedColumns + (long)n0 * kc;

    public void Dispose() => _data.Dispose();
}
