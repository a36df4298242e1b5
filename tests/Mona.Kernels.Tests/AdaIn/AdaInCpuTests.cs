using Mona.Kernels.AdaIn;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.AdaIn;

/// <summary>
/// AdaIN against ONNX Runtime's InstanceNormalization (scale 1, bias 0) → Mul(γ) → Add(β).
/// Tolerance |Δ| ≤ 2e-5 + 1e-4·|ref|: both sides are float32 with different summation orders
/// (ORT sums the plane sequentially, Mona in 32 shifted partial sums), so a few ulps of the
/// normalised value times |γ| ≤ 2 are expected.
/// </summary>
public sealed class AdaInCpuTests
{
    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(2, 3, 7, 5)]
    [InlineData(1, 17, 13, 11)]
    [InlineData(2, 5, 16, 16)]
    [InlineData(1, 4, 1, 33)]
    [InlineData(3, 2, 64, 65)]
    public void Forward_RandomInput_MatchesOnnxInstanceNormMulAdd(int n, int c, int h, int w)
    {
        var x = TestData.Uniform(n * c * h * w, seed: 11 + h, lo: -3f, hi: 2f);
        var gamma = TestData.Uniform(n * c, seed: 12, lo: -2f, hi: 2f);
        var beta = TestData.Uniform(n * c, seed: 13);
        var expected = Oracle(x, gamma, beta, n, c, h, w, 1e-5f);

        var y = new float[x.Length];
        AdaInCpu.Forward(x, n, c, h * w, gamma, beta, 1e-5f, y, threads: 2);

        Close.Assert(expected, y, atol: 2e-5f, rtol: 1e-4f, $"AdaIN {n}×{c}×{h}×{w}");
    }

    [Fact]
    public void Forward_LargeMeanSmallSpread_KeepsVarianceAccurate()
    {
        // mean 1000, std ~0.3: the naive Σx² − (Σx)²/L formula loses every significant digit here.
        const int n = 1, c = 3, plane = 4099;
        var x = TestData.Uniform(n * c * plane, seed: 21, lo: 999.5f, hi: 1000.5f);
        var gamma = new[] { 1f, 2f, 0.5f };
        var beta = new[] { 0f, 1f, -1f };
        var expected = Reference(x, n, c, plane, gamma, beta, 1e-5f);

        var y = new float[x.Length];
        AdaInCpu.Forward(x, n, c, plane, gamma, beta, 1e-5f, y, threads: 2);

        // The inputs themselves carry float32 rounding of 1000·2⁻²⁴ ≈ 6e-5, i.e. 2e-4 after normalisation.
        Close.Assert(expected, y, atol: 1e-3f, rtol: 1e-3f, "AdaIN with mean 1000");
    }

    [Fact]
    public void Forward_InPlace_GivesSameResultAsSeparateOutput()
    {
        var x = TestData.Uniform(2 * 3 * 9 * 9, seed: 31);
        var gamma = TestData.Uniform(6, seed: 32);
        var beta = TestData.Uniform(6, seed: 33);
        var separate = new float[x.Length];
        AdaInCpu.Forward(x, 2, 3, 81, gamma, beta, 1e-5f, separate, threads: 2);

        var inPlace = (float[])x.Clone();
        AdaInCpu.Forward(inPlace, 2, 3, 81, gamma, beta, 1e-5f, inPlace, threads: 2);

        Assert.Equal(separate, inPlace);
    }

    [Fact]
    public void Forward_GammaTooShort_ThrowsNamingGamma()
    {
        var x = new float[2 * 3 * 4];
        var error = Assert.Throws<ArgumentException>(() =>
            AdaInCpu.Forward(x, 2, 3, 4, new float[5], new float[6], 1e-5f, new float[x.Length], 1));
        Assert.Contains("gamma", error.Message);
    }

    private static float[] Oracle(float[] x, float[] gamma, float[] beta, int n, int c, int h, int w, float epsilon)
    {
        var graph = new OnnxGraph()
            .Input("x", n, c, h, w).Input("gamma", n, c, 1, 1).Input("beta", n, c, 1, 1)
            .Constant("ones", Enumerable.Repeat(1f, c).ToArray(), c)
            .Constant("zeros", new float[c], c)
            .Node("InstanceNormalization", ["x", "ones", "zeros"], ["normalised"], ("epsilon", epsilon))
            .Node("Mul", ["normalised", "gamma"], ["scaled"])
            .Node("Add", ["scaled", "beta"], ["y"])
            .Output("y");
        using var oracle = new OnnxOracle(graph);
        return oracle.Run(("x", x, [n, c, h, w]), ("gamma", gamma, [n, c, 1, 1]), ("beta", beta, [n, c, 1, 1]));
    }

    /// <summary>Two-pass statistics in double: the textbook definition, independent of both runtimes.</summary>
    private static float[] Reference(float[] x, int n, int c, int plane, float[] gamma, float[] beta, float epsilon)
    {
        var y = new float[x.Length];
        for (var p = 0; p < n * c; p++)
        {
            var values = x.AsSpan(p * plane, plane);
            double mean = 0;
            foreach (var v in values) mean += v;
            mean /= plane;
            double variance = 0;
            foreach (var v in values) variance += (v - mean) * (v - mean);
            variance /= plane;
            for (var i = 0; i < plane; i++)
                y[p * plane + i] = (float)(gamma[p] * (values[i] - mean) / Math.Sqrt(variance + epsilon) + beta[p]);
        }
        return y;
    }
}
