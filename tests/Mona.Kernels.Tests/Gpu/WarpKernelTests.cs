using Mona.Kernels.Tests.Gpu.Support;
using Mona.Kernels.Tests.Support;
using Mona.Kernels.Warp;

namespace Mona.Kernels.Tests.Gpu;

/// <summary>Warp (bilinear grid sample) kernel against the double-precision reference; run by every backend subclass.</summary>
public abstract class WarpKernelTests(Func<TestAccelerator> open) : AcceleratorTestBase(open)
{
    private float[] Run(float[] input, int n, int c, int h, int w, float[] grid, int outH, int outW, WarpOptions options)
    {
        using var source = Upload(input);
        using var coordinates = Upload(grid);
        using var output = Accelerator.Allocate1D<float>(n * c * outH * outW);
        Kernels.Warp.Forward(source.View, n, c, h, w, coordinates.View, outH, outW, options, output.View);
        return Download(output);
    }

    [AcceleratorFact]
    public void Forward_EveryPaddingAndAlignment_MatchesReference()
    {
        // the grid reaches past [-1, 1] (±1.6) so every padding rule is exercised, reflection over more than one bounce
        const int n = 2, c = 3, h = 5, w = 6, outH = 4, outW = 7;
        var input = TestData.Uniform(n * c * h * w, seed: 11);
        var grid = TestData.Uniform(n * outH * outW * 2, seed: 12, lo: -1.6f, hi: 1.6f);
        foreach (var padding in Enum.GetValues<WarpPadding>())
        foreach (var align in new[] { false, true })
        {
            var options = new WarpOptions(padding, align);
            var expected = ScalarReference.Warp(input, n, c, h, w, grid, outH, outW, options);
            Close.Assert(expected, Run(input, n, c, h, w, grid, outH, outW, options), atol: 1e-5f, rtol: 1e-4f, $"warp {options}");
        }
    }

    [AcceleratorFact]
    public void Forward_EveryPaddingAndAlignment_AgreesWithCpuTwin()
    {
        const int n = 1, c = 5, h = 7, w = 9, outH = 6, outW = 8;
        var input = TestData.Uniform(n * c * h * w, seed: 15);
        var grid = TestData.Uniform(n * outH * outW * 2, seed: 16, lo: -1.4f, hi: 1.4f);
        foreach (var padding in Enum.GetValues<WarpPadding>())
        foreach (var align in new[] { false, true })
        {
            var options = new WarpOptions(padding, align);
            var twin = new float[n * c * outH * outW];
            WarpCpu.Forward(input, n, c, h, w, grid, outH, outW, options, twin, threads: 2);
            Close.Assert(twin, Run(input, n, c, h, w, grid, outH, outW, options), atol: 1e-5f, rtol: 1e-4f, $"warp vs CPU twin {options}");
        }
    }

    [AcceleratorFact]
    public void Forward_GridAtPixelCentres_ReproducesInput()
    {
        // with aligned corners, g = 2·x/(W − 1) − 1 lands exactly on pixel x: all weight on one tap
        const int c = 2, h = 4, w = 5;
        var input = TestData.Uniform(c * h * w, seed: 13);
        var grid = new float[h * w * 2];
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
        {
            grid[(y * w + x) * 2] = 2f * x / (w - 1) - 1f;
            grid[(y * w + x) * 2 + 1] = 2f * y / (h - 1) - 1f;
        }
        var actual = Run(input, 1, c, h, w, grid, h, w, new WarpOptions(WarpPadding.Zeros, AlignCorners: true));
        Close.Assert(input, actual, atol: 1e-6f, rtol: 1e-6f, "identity warp");
    }

    [AcceleratorFact]
    public void Forward_FarOutsideWithZeros_ReadsZero()
    {
        const int c = 1, h = 3, w = 3;
        var input = TestData.Uniform(c * h * w, seed: 14, lo: 1f, hi: 2f);
        var grid = new[] { 5f, 0f, -1e9f, 0f, 0f, 1e9f };
        var actual = Run(input, 1, c, h, w, grid, 1, 3, new WarpOptions(WarpPadding.Zeros));
        Assert.Equal(new[] { 0f, 0f, 0f }, actual);
    }

    [AcceleratorFact]
    public void ForwardFlow_EveryPadding_AgreesWithCpuTwin()
    {
        // displacements up to ±4 pixels on a 6×7 image push many samples past the border
        const int n = 2, c = 3, h = 6, w = 7;
        var input = TestData.Uniform(n * c * h * w, seed: 17);
        var flow = TestData.Uniform(n * 2 * h * w, seed: 18, lo: -4f, hi: 4f);
        foreach (var padding in Enum.GetValues<WarpPadding>())
        {
            var twin = new float[input.Length];
            WarpCpu.ForwardFlow(input, n, c, h, w, flow, padding, twin, threads: 2);
            using var source = Upload(input);
            using var displacement = Upload(flow);
            using var output = Accelerator.Allocate1D<float>(input.Length);
            Kernels.Warp.ForwardFlow(source.View, n, c, h, w, displacement.View, padding, output.View);
            Close.Assert(twin, Download(output), atol: 1e-5f, rtol: 1e-4f, $"flow warp vs CPU twin {padding}");
        }
    }

    [AcceleratorFact]
    public void ForwardFlow_ZeroFlow_ReproducesInput()
    {
        const int n = 1, c = 2, h = 5, w = 4;
        var input = TestData.Uniform(n * c * h * w, seed: 19);
        using var source = Upload(input);
        using var flow = Upload(new float[n * 2 * h * w]);
        using var output = Accelerator.Allocate1D<float>(input.Length);
        Kernels.Warp.ForwardFlow(source.View, n, c, h, w, flow.View, WarpPadding.Zeros, output.View);
        Close.Assert(input, Download(output), 0f, 0f, "zero flow");
    }

    [AcceleratorFact]
    public void Forward_GridLengthWrong_Throws()
    {
        using var input = Accelerator.Allocate1D<float>(1 * 2 * 3 * 3);
        using var grid = Accelerator.Allocate1D<float>(5);
        using var output = Accelerator.Allocate1D<float>(1 * 2 * 2 * 2);
        var error = Assert.Throws<ArgumentException>(() =>
            Kernels.Warp.Forward(input.View, 1, 2, 3, 3, grid.View, 2, 2, new WarpOptions(), output.View));
        Assert.Contains("holds 5 floats", error.Message);
    }
}
