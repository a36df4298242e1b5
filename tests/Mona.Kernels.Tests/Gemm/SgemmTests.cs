using Mona.Kernels.Gemm;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Gemm;

/// <summary>
/// The packed SGEMM against a double-precision reference, on sizes that leave partial tiles in
/// every dimension and cross the KC (256) and NC (512) block edges, on every micro-kernel.
/// Tolerance: fp32 sums of K products of values in [−1, 1] carry a rounding error growing like
/// √K·ε·|terms| in a different order than the reference, so |Δ| ≤ 1e-5·√K + 1e-5·|ref|.
/// </summary>
public sealed class SgemmTests
{
    public static TheoryData<int, int, int, GemmPath, int> Sizes()
    {
        var data = new TheoryData<int, int, int, GemmPath, int>();
        // The last two take the row-split thread path: few column panels, or A larger than B.
        (int M, int N, int K)[] sizes = [(1, 1, 1), (7, 5, 3), (13, 33, 17), (17, 100, 300), (9, 600, 20), (33, 70, 513), (600, 40, 300), (300, 160, 1100)];
        foreach (var path in SupportedPaths())
        {
            foreach (var (m, n, k) in sizes)
            {
                data.Add(m, n, k, path, 1);
                data.Add(m, n, k, path, 2);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Multiply_OddSizes_MatchesDoubleReference(int m, int n, int k, GemmPath path, int threads)
    {
        var a = TestData.Uniform(m * k, seed: 1);
        var b = TestData.Uniform(k * n, seed: 2);
        var c = new float[m * n];
        Sgemm.Multiply(a, b, c, m, n, k, threads, path);
        Close.Assert(Reference(a, b, m, n, k, (i, kk) => i * k + kk, (kk, j) => kk * n + j), c, Tolerance(k), 1e-5f, $"{m}×{n}×{k} {path}");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Multiply_TransposedOperandsBiasesLeakyReluAccumulate_MatchesReference(GemmPath path)
    {
        const int m = 19, n = 45, k = 270, ldc = 50;
        // A stored transposed (K×M), B stored transposed (N×K): element (i, k) at k·M + i, (k, j) at j·K + k.
        var a = TestData.Uniform(k * m, seed: 3);
        var b = TestData.Uniform(n * k, seed: 4);
        var rowBias = TestData.Uniform(m, seed: 5);
        var columnBias = TestData.Uniform(n, seed: 6);
        var c = TestData.Uniform(m * ldc, seed: 7);
        var before = (float[])c.Clone();
        using var packed = PackedMatrixA.Pack(a, m, k, 1, m, path);
        Sgemm.Multiply(packed, b, n, 1, k, c, ldc, threads: 2, accumulate: true, rowBias, columnBias, Activation.LeakyRelu(0.1f));

        var product = Reference(a, b, m, n, k, (i, kk) => kk * m + i, (kk, j) => j * k + kk);
        var expected = (float[])before.Clone();
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var value = before[i * ldc + j] + product[i * n + j] + rowBias[i] + columnBias[j];
                expected[i * ldc + j] = value > 0 ? value : 0.1f * value;
            }
        }
        Close.Assert(expected, c, Tolerance(k), 1e-5f, path.ToString());
    }

    [Fact]
    public void Pack_PathTheCpuLacks_ThrowsPlatformNotSupported()
    {
        if (SupportedPaths().Contains(GemmPath.Vector512))
        {
            Assert.Equal(GemmPath.Vector512, PackedMatrixA.Pack([1f], 1, 1, 1, 1).Path);
            return;
        }
        Assert.Throws<PlatformNotSupportedException>(() => PackedMatrixA.Pack([1f], 1, 1, 1, 1, GemmPath.Vector512));
    }

    [Fact]
    public void Multiply_TooSmallOutput_ThrowsNamingC()
    {
        using var packed = PackedMatrixA.Pack(new float[6], 2, 3, 3, 1);
        var error = Assert.Throws<ArgumentException>(() => Sgemm.Multiply(packed, new float[12], 4, 4, 1, new float[7], 4, 1));
        Assert.Contains("C has 7 floats", error.Message);
    }

    public static TheoryData<GemmPath> Paths() => new(SupportedPaths());

    /// <summary>Every micro-kernel this CPU can run (the forced fallbacks included).</summary>
    internal static GemmPath[] SupportedPaths()
    {
        var paths = new List<GemmPath>();
        foreach (var path in new[] { GemmPath.Vector512, GemmPath.Vector256, GemmPath.Scalar })
        {
            try
            {
                PackedMatrixA.Pack([1f], 1, 1, 1, 1, path);
                paths.Add(path);
            }
            catch (PlatformNotSupportedException)
            {
            }
        }
        return [.. paths];
    }

    internal static float Tolerance(int depth) => 1e-5f * MathF.Sqrt(depth);

    private static float[] Reference(float[] a, float[] b, int m, int n, int k, Func<int, int, int> aIndex, Func<int, int, int> bIndex)
    {
        var c = new float[m * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var kk = 0; kk < k; kk++) sum += (double)a[aIndex(i, kk)] * b[bIndex(kk, j)];
                c[i * n + j] = (float)sum;
            }
        }
        return c;
    }
}
