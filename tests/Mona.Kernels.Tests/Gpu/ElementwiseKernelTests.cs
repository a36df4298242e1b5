using Mona.Kernels.Elementwise;
using Mona.Kernels.Tests.Gpu.Support;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Gpu;

/// <summary>Element-wise kernels against plain loops; run by every backend subclass.</summary>
public abstract class ElementwiseKernelTests(Func<TestAccelerator> open) : AcceleratorTestBase(open)
{
    private const int Length = 1000;

    private float[] Map<TOp>(float[] x, TOp op) where TOp : struct, IUnaryOp
    {
        using var input = Upload(x);
        using var output = Accelerator.Allocate1D<float>(x.Length);
        Kernels.Elementwise.Map(input.View, op, output.View);
        return Download(output);
    }

    private float[] Zip<TOp>(float[] a, float[] b, TOp op) where TOp : struct, IBinaryOp
    {
        using var left = Upload(a);
        using var right = Upload(b);
        using var output = Accelerator.Allocate1D<float>(a.Length);
        Kernels.Elementwise.Zip(left.View, right.View, op, output.View);
        return Download(output);
    }

    [AcceleratorFact]
    public void Map_Relu_ZeroesNegativesOnly()
    {
        var x = TestData.Uniform(Length, seed: 21);
        Close.Assert(x.Select(v => Math.Max(v, 0f)).ToArray(), Map(x, new ReluOp()), 0f, 0f, "relu");
    }

    [AcceleratorFact]
    public void Map_LeakyRelu_ScalesNegativesBySlope()
    {
        var x = TestData.Uniform(Length, seed: 22);
        Close.Assert(x.Select(v => v > 0 ? v : 0.2f * v).ToArray(), Map(x, new LeakyReluOp(0.2f)), 1e-7f, 1e-6f, "leaky relu");
    }

    [AcceleratorFact]
    public void Map_ScaleShift_MapsPixelRangeToUnit()
    {
        var x = TestData.Uniform(Length, seed: 23, lo: 0f, hi: 255f);
        Close.Assert(x.Select(v => v / 127.5f - 1f).ToArray(), Map(x, new ScaleShiftOp(1f / 127.5f, -1f)), 1e-6f, 1e-6f, "scale-shift");
    }

    [AcceleratorFact]
    public void Zip_AddAndMul_MatchLoops()
    {
        var a = TestData.Uniform(Length, seed: 24);
        var b = TestData.Uniform(Length, seed: 25);
        Close.Assert(a.Zip(b, (p, q) => p + q).ToArray(), Zip(a, b, new AddOp()), 0f, 0f, "add");
        Close.Assert(a.Zip(b, (p, q) => p * q).ToArray(), Zip(a, b, new MulOp()), 0f, 0f, "mul");
    }

    [AcceleratorFact]
    public void AddChannelBias_Nchw_AddsBiasOfEachChannel()
    {
        const int n = 2, c = 3, plane = 10;
        var x = TestData.Uniform(n * c * plane, seed: 26);
        var bias = new[] { 10f, 20f, 30f };
        var expected = x.Select((v, i) => v + bias[i / plane % c]).ToArray();
        using var input = Upload(x);
        using var b = Upload(bias);
        using var output = Accelerator.Allocate1D<float>(x.Length);
        Kernels.Elementwise.AddChannelBias(input.View, b.View, c, plane, output.View);
        Close.Assert(expected, Download(output), 0f, 0f, "channel bias");
    }

    [AcceleratorFact]
    public void Zip_LengthsDiffer_Throws()
    {
        using var a = Accelerator.Allocate1D<float>(4);
        using var b = Accelerator.Allocate1D<float>(5);
        var error = Assert.Throws<ArgumentException>(() => Kernels.Elementwise.Zip(a.View, b.View, new AddOp(), a.View));
        Assert.Contains("4 and 5", error.Message);
    }
}
