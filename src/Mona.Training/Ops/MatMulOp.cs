using Mona.Kernels.Gemm;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Batched matrix product on the tape: each sample's C×(H·W) block read as a C×P matrix.
/// C_n = op(A_n)·op(B_n), op = identity or transpose. Backward, for C = A·B: dA = dC·Bᵀ, dB = Aᵀ·dC
/// (transposes move between the factors accordingly). The attention of SAGAN is two of these.
/// </summary>
public static class MatMulOp
{
    /// <summary>Per sample n: A_n is the a.C×(a.H·a.W) matrix of that sample, B_n likewise.</summary>
    /// <returns>N×M×1×Ncols, where op(A_n) is M×K and op(B_n) is K×Ncols.</returns>
    public static Variable MatMul(this Tape tape, Variable a, bool transposeA, Variable b, bool transposeB)
    {
        var (ar, ac) = (a.Shape.C, a.Shape.Plane);
        var (br, bc) = (b.Shape.C, b.Shape.Plane);
        var (m, k) = transposeA ? (ac, ar) : (ar, ac);
        var (k2, n) = transposeB ? (bc, br) : (br, bc);
        if (k != k2 || a.Shape.N != b.Shape.N) throw new ArgumentException($"cannot multiply {a.Shape} by {b.Shape}");
        var batch = a.Shape.N;
        var value = tape.Compute.Allocator.Allocate(new TensorShape(batch, m, 1, n));
        var threads = tape.Compute.Threads;
        for (var s = 0; s < batch; s++)
            MatrixProduct.Multiply(a.Value.Span.Slice(s * ar * ac, ar * ac), transposeA, b.Value.Span.Slice(s * br * bc, br * bc), transposeB,
                value.Span.Slice(s * m * n, m * n), m, n, k, false, threads);
        var y = tape.Result(value, a, b);
        tape.OnBackward(y, () =>
        {
            for (var s = 0; s < batch; s++)
            {
                var dc = y.Grad!.Span.Slice(s * m * n, m * n);
                var av = a.Value.Span.Slice(s * ar * ac, ar * ac);
                var bv = b.Value.Span.Slice(s * br * bc, br * bc);
                // d op(A) = dC·op(B)ᵀ (M×K); if A is stored transposed, dA = op(B)·dCᵀ (K×M).
                if (a.RequiresGrad)
                {
                    var da = a.GradSpan().Slice(s * ar * ac, ar * ac);
                    if (!transposeA) MatrixProduct.Multiply(dc, false, bv, !transposeB, da, m, k, n, true, threads);
                    else MatrixProduct.Multiply(bv, transposeB, dc, true, da, k, m, n, true, threads);
                }
                // d op(B) = op(A)ᵀ·dC (K×N); if B is stored transposed, dB = dCᵀ·op(A) (N×K).
                if (b.RequiresGrad)
                {
                    var db = b.GradSpan().Slice(s * br * bc, br * bc);
                    if (!transposeB) MatrixProduct.Multiply(av, !transposeA, dc, false, db, k, n, m, true, threads);
                    else MatrixProduct.Multiply(dc, true, av, transposeA, db, n, k, m, true, threads);
                }
            }
        });
        return y;
    }
}
