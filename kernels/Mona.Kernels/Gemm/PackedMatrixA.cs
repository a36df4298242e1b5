using System.Runtime.CompilerServices;
namespace Mona.Kernels.Gemm;

/// <summary>
/// The left operand of a GEMM (M×K), packed once into micro-panels: for each K block
/// [k0, k0+kc) of <see cref="BlockDepth"/> (K cut into equal blocks of at most
/// <see cref="GemmBlocking.KC"/>, so K = 576 is 2×288, not 256+256+64) and each panel of MR rows, kc·MR floats in
/// k-major order (element (i, k) at k·MR + i), rows past M zero. Block k0 starts at k0·Mp
/// (Mp = M rounded up to MR) and its panel p at k0·Mp + p·kc·MR, so the micro-kernel reads one
/// contiguous stream. Weights of a layer are packed once and reused on every call; the packed
/// copy lives in native memory, freed by <see cref="Dispose"/> (or, late, by the finaliser).
/// </summary>
public sealed unsafe class PackedMatrixA : IDisposable
{
    private readonly NativeBuffer _data;

    private PackedMatrixA(int rows, int depth, GemmPath path)
    {
        Rows = rows;
        Depth = depth;
        Path = path;
        RowsPerPanel = GemmBlocking.RowsPerTile(path);
        Panels = (rows + RowsPerPanel - 1) / RowsPerPanel;
        BlockDepth = GemmBlocking.BlockDepth(depth);
        _data = new NativeBuffer((long)Panels * RowsPerPanel * depth);
    }

    /// <summary>M.</summary>
    public int Rows { get; }

    /// <summary>K.</summary>
    public int Depth { get; }

    /// <summary>The micro-kernel this packing is laid out for.</summary>
    public GemmPath Path { get; }

    internal int RowsPerPanel { get; }

    internal int Panels { get; }

    /// <summary>Depth of each K block (the last may be shorter).</summary>
    internal int BlockDepth { get; }

    /// <summary>
    /// Packs A where element (i, k) sits at <c>a[i·rowStride + k·columnStride]</c>: row-major is
    /// (K, 1), a transposed row-major K×M matrix is (1, M).
    /// </summary>
    public static PackedMatrixA Pack(ReadOnlySpan<float> a, int rows, int depth, int rowStride, int columnStride,
        GemmPath path = GemmPath.Auto)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);
        var last = (long)(rows - 1) * rowStride + (long)(depth - 1) * columnStride;
        if (last >= a.Length)
            throw new ArgumentException($"A needs {last + 1} floats for {rows}×{depth} at strides ({rowStride}, {columnStride}), has {a.Length}", nameof(a));
        var packed = new PackedMatrixA(rows, depth, GemmBlocking.Resolve(path));
        fixed (float* source = a) packed.Fill(source, rowStride, columnStride);
        return packed;
    }

    /// <summary>Frees the packed copy.</summary>
    public void Dispose() => _data.Dispose();

    /// <summary>Start of the micro-panel of row panel <paramref name="panel"/> in the K block at k0 (of depth kc).</summary>
    internal float* Panel(int k0, int kc, int panel) =>
        _data.Pointer + (long)k0 * Panels * RowsPerPanel + (long)panel * kc * RowsPerPanel;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(float* source, int rowStride, int columnStride)
    {
        var mr = RowsPerPanel;
        for (var k0 = 0; k0 < Depth; k0 += BlockDepth)
        {
            var kc = Math.Min(BlockDepth, Depth - k0);
            for (var p = 0; p < Panels; p++)
            {
                var target = Panel(k0, kc, p);
                for (var i = 0; i < mr; i++)
                {
                    var row = p * mr + i;
                    var column = target + i;
                    if (row >= Rows)
                    {
                        for (var k = 0; k < kc; k++) column[k * mr] = 0f;
                        continue;
                    }
                    var rowStart = source + (long)row * rowStride + (long)k0 * columnStride;
                    if (columnStride == 1)
                    {
                        for (var k = 0; k < kc; k++) column[k * mr] = rowStart[k];
                    }
                    else
                    {
                        for (var k = 0; k < kc; k++) column[k * mr] = rowStart[(long)k * columnStride];
                    }
                }
            }
        }
    }
}
