using Mona.Tensors;

namespace Mona.Training.Tests.Support.Reference;

/// <summary>Float64 fully connected layer and batched matrix product by the definition.</summary>
internal static class DenseReference
{
    /// <summary>y[n,m] = b[m] + Σ_k x[n,k]·W[m,k]; x is N rows of K = C·H·W features, W is M×K.</summary>
    public static double[] Linear(double[] x, int rows, double[] w, int outputs, double[]? b)
    {
        var k = x.Length / rows;
        var y = new double[rows * outputs];
        for (var n = 0; n < rows; n++)
        for (var m = 0; m < outputs; m++)
        {
            var sum = b?[m] ?? 0.0;
            for (var j = 0; j < k; j++) sum += x[n * k + j] * w[m * k + j];
            y[n * outputs + m] = sum;
        }
        return y;
    }

    /// <summary>
    /// Per sample s: A_s is the stored a.C×(a.H·a.W) matrix, B_s likewise;
    /// C_s[i,j] = Σ_k op(A_s)[i,k]·op(B_s)[k,j] with op(M)[r,c] = M[c,r] when transposed.
    /// </summary>
    public static double[] MatMul(double[] a, TensorShape sa, bool transposeA, double[] b, TensorShape sb, bool transposeB)
    {
        int ar = sa.C, ac = sa.Plane, br = sb.C, bc = sb.Plane;
        var (m, k) = transposeA ? (ac, ar) : (ar, ac);
        var n = transposeB ? br : bc;
        var c = new double[sa.N * m * n];
        for (var s = 0; s < sa.N; s++)
        for (var i = 0; i < m; i++)
        for (var j = 0; j < n; j++)
        {
            double sum = 0;
            for (var q = 0; q < k; q++)
            {
                var av = transposeA ? a[s * ar * ac + q * ac + i] : a[s * ar * ac + i * ac + q];
                var bv = transposeB ? b[s * br * bc + j * bc + q] : b[s * br * bc + q * bc + j];
                sum += av * bv;
            }
            c[(s * m + i) * n + j] = sum;
        }
        return c;
    }
}
