using Mona.Kernels.AdaIn;
using Mona.Kernels.Tests.Gpu.Support;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Gpu;

/// <summary>AdaIN kernel against the double-precision reference; run by every backend subclass.</summary>
public abstract class AdaInKernelTests(Func<TestAccelerator> open) : AcceleratorTestBase(open)
{
    private float[] Run(float[] x, int n, int c, int plane, float[] gamma, float[] beta, float epsilon)
    {
        using var input = Upload(x);
        using var g = Upload(gamma);
        using var b = Upload(beta);
        using var output = Accelerator.Allocate1D<float>(x.Length);
        Kernels.AdaIn.Forward(input.View, n, c, plane, g.View, b.View, epsilon, output.View);
        return Download(output);
    }

    [AcceleratorFact]
    public void Forward_PerSampleAffine_MatchesReference()
    {
        // plane 35 is not a multiple of any group size, so the strided loops end ragged
        const int n = 2, c = 3, plane = 5 * 7;
        var x = TestData.Uniform(n * c * plane, seed: 1, lo: -3f, hi: 5f);
        var gamma = TestData.Uniform(n * c, seed: 2, lo: 0.5f, hi: 2f);
        var beta = TestData.Uniform(n * c, seed: 3);
        var actual = Run(x, n, c, plane, gamma, beta, 1e-5f);
        Close.Assert(ScalarReference.AdaIn(x, n, c, plane, gamma, beta, 1e-5f), actual, atol: 1e-5f, rtol: 1e-4f, "AdaIN per-sample");
    }

    [AcceleratorFact]
    public void Forward_SharedAffine_AppliesChannelParametersToEverySample()
    {
        const int n = 3, c = 2, plane = 64;
        var x = TestData.Uniform(n * c * plane, seed: 4);
        var gamma = new[] { 1.5f, -0.5f };
        var beta = new[] { 0.25f, 2f };
        var actual = Run(x, n, c, plane, gamma, beta, 1e-5f);
        Close.Assert(ScalarReference.AdaIn(x, n, c, plane, gamma, beta, 1e-5f), actual, atol: 1e-5f, rtol: 1e-4f, "AdaIN shared");
    }

    [AcceleratorFact]
    public void Forward_LargeMeanSmallSpread_KeepsVarianceAccurate()
    {
        // E[x²] − mean² would cancel to noise here (x ≈ 1000 ± 1 in float); the two-pass variance must not
        const int n = 1, c = 2, plane = 300;
        var x = TestData.Uniform(n * c * plane, seed: 5, lo: 999f, hi: 1001f);
        var gamma = new[] { 1f, 1f };
        var beta = new[] { 0f, 0f };
        var actual = Run(x, n, c, plane, gamma, beta, 1e-5f);
        Close.Assert(ScalarReference.AdaIn(x, n, c, plane, gamma, beta, 1e-5f), actual, atol: 2e-3f, rtol: 0f, "AdaIN offset");
    }

    [AcceleratorFact]
    public void Forward_OutputIsInput_NormalisesInPlace()
    {
        const int n = 1, c = 2, plane = 50;
        var x = TestData.Uniform(n * c * plane, seed: 6);
        var gamma = new[] { 2f, 0.5f };
        var beta = new[] { -1f, 1f };
        using var buffer = Upload(x);
        using var g = Upload(gamma);
        using var b = Upload(beta);
        Kernels.AdaIn.Forward(buffer.View, n, c, plane, g.View, b.View, 1e-5f, buffer.View);
        Close.Assert(ScalarReference.AdaIn(x, n, c, plane, gamma, beta, 1e-5f), Download(buffer), atol: 1e-5f, rtol: 1e-4f, "AdaIN in place");
    }

    [AcceleratorFact]
    public void Forward_SameInputs_AgreesWithCpuTwin()
    {
        const int n = 2, c = 4, plane = 9 * 11;
        var x = TestData.Uniform(n * c * plane, seed: 7, lo: -2f, hi: 6f);
        var gamma = TestData.Uniform(n * c, seed: 8, lo: 0.5f, hi: 2f);
        var beta = TestData.Uniform(n * c, seed: 9);
        var twin = new float[x.Length];
        AdaInCpu.Forward(x, n, c, plane, gamma, beta, 1e-5f, twin, threads: 2);
        Close.Assert(twin, Run(x, n, c, plane, gamma, beta, 1e-5f), atol: 1e-5f, rtol: 1e-4f, "AdaIN vs CPU twin");
    }

    [AcceleratorFact]
    public void Forward_AffineLengthMatchesNeitherLayout_Throws()
    {
        using var x = Accelerator.Allocate1D<float>(2 * 3 * 4);
        using var g = Accelerator.Allocate1D<float>(4);
        using var y = Accelerator.Allocate1D<float>(2 * 3 * 4);
        var error = Assert.Throws<ArgumentException>(() => Kernels.AdaIn.Forward(x.View, 2, 3, 4, g.View, g.View, 1e-5f, y.View));
        Assert.Contains("n·c = 6 or c = 3", error.Message);
    }
}
