namespace Mona.Kernels.Gemm;

/// <summary>
/// Single-precision matrix multiply on the CPU, C = A·B (+ C) with optional bias and activation
/// fused into the store. See <see cref="GemmDriver"/> for the blocking and thread mapping.
/// </summary>
public static unsafe class Sgemm
{
    /// <summary>
    /// C[M×N] (+)= A·B for a pre-packed A. B's element (k, n) sits at
    /// <c>b[k·bRowStride + n·bColumnStride]</c>; C is row-major with row stride <paramref name="ldc"/>.
    /// <paramref name="rowBias"/> (length M) and <paramref name="columnBias"/> (length N) may be empty.
    /// </summary>
    public static void Multiply(PackedMatrixA a, ReadOnlySpan<float> b, int columns, int bRowStride, int bColumnStride,
        Span<float> c, int ldc, int threads, bool accumulate = false,
        ReadOnlySpan<float> rowBias = default, ReadOnlySpan<float> columnBias = default, Activation activation = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        Require(b.Length, (long)(a.Depth - 1) * bRowStride + (long)(columns - 1) * bColumnStride + 1, "B", nameof(b));
        Require(c.Length, (long)(a.Rows - 1) * ldc + columns, "C", nameof(c));
        if (ldc < columns) throw new ArgumentException($"ldc {ldc} is smaller than N = {columns}", nameof(ldc));
        if (!rowBias.IsEmpty) Require(rowBias.Length, a.Rows, "the row bias", nameof(rowBias));
        if (!columnBias.IsEmpty) Require(columnBias.Length, columns, "the column bias", nameof(columnBias));
        fixed (float* pb = b)
        fixed (float* pc = c)
        fixed (float* prb = rowBias)
        fixed (float* pcb = columnBias)
        {
            GemmDriver.Run(a, new DenseSource(pb, bRowStride, bColumnStride), pc, ldc, columns, accumulate,
                new GemmEpilogue(prb, pcb, activation), threads);
        }
    }

    /// <summary>Row-major C[M×N] = A[M×K] · B[K×N], packing A on the fly.</summary>
    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int rows, int columns, int depth,
        int threads, GemmPath path = GemmPath.Auto)
    {
        using var packed = PackedMatrixA.Pack(a, rows, depth, depth, 1, path);
        Multiply(packed, b, columns, columns, 1, c, columns, threads);
    }

    private static void Require(long have, long need, string what, string parameter)
    {
        if (have < need) throw new ArgumentException($"{what} has {have} floats, needs {need}", parameter);
    }
}
