namespace Mona.Kernels.Gemm;

/// <summary>
/// What the micro-kernel does to a finished tile before storing it: add a per-row bias (a
/// convolution's per-channel bias, rows being output channels), add a per-column bias (a linear
/// layer's, columns being output features), then apply the activation. The pointers are pinned
/// by the caller for the duration of the GEMM; null means "no such bias".
/// </summary>
internal readonly unsafe struct GemmEpilogue(float* rowBias, float* columnBias, Activation activation)
{
    public float* RowBias { get; } = rowBias;

    public float* ColumnBias { get; } = columnBias;

    public Activation Activation { get; } = activation;

    /// <summary>Epilogue of a scalar element at (row, column), global indices.</summary>
    public float Apply(float value, int row, int column)
    {
        if (RowBias != null) value += RowBias[row];
        if (ColumnBias != null) value += ColumnBias[column];
        return Activation.Apply(value);
    }
}
