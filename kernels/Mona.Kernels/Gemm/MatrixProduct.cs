namespace Mona.Kernels.Gemm;

/// <summary>
/// C (+)= op(A)·op(B) for row-major matrices where op is identity or transpose, on the SGEMM: a
/// transpose is only a pair of strides (packing reads A at (rowStride, columnStride) and B likewise),
/// so no transposed copy is made. This is the building block of the linear layer's and the
/// attention's backward passes: for C = A·B, dA = dC·Bᵀ and dB = Aᵀ·dC.
/// </summary>
public static class MatrixProduct
{
    /// <param name="a">op(A) is M×K: A is M×K row-major, or K×M when <paramref name="transposeA"/>.</param>
    /// <param name="b">op(B) is K×N: B is K×N row-major, or N×K when <paramref name="transposeB"/>.</param>
    /// <param name="c">M×N row-major.</param>
    public static void Multiply(ReadOnlySpan<float> a, bool transposeA, ReadOnlySpan<float> b, bool transposeB, Span<float> c,
        int m, int n, int k, bool accumulate, int threads)
    {
        var packed = transposeA ? PackedMatrixA.Pack(a, m, k, 1, m) : PackedMatrixA.Pack(a, m, k, k, 1);
        if (transposeB) Sgemm.Multiply(packed, b, n, 1, k, c, n, threads, accumulate);
        else Sgemm.Multiply(packed, b, n, n, 1, c, n, threads, accumulate);
    }
}
