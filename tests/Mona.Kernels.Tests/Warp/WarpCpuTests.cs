using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;
using Mona.Kernels.Warp;

namespace Mona.Kernels.Tests.Warp;

/// <summary>
/// The warp against ONNX Runtime's GridSample (opset 17, mode bilinear) for every padding mode
/// and both corner conventions. Grid coordinates run to ±1.7 (beyond the [−1, 1] image) so that
/// every padding branch, including multiple reflections, is taken. Tolerance |Δ| ≤ 1e-5 + 1e-5·|ref|:
/// both compute the same four products; only the association of the sum differs.
/// </summary>
public sealed class WarpCpuTests
{
    public static TheoryData<int, int, int, int, int, int, WarpPadding, bool> Cases()
    {
        var data = new TheoryData<int, int, int, int, int, int, WarpPadding, bool>();
        foreach (var padding in Enum.GetValues<WarpPadding>())
        foreach (var align in new[] { false, true })
        {
            data.Add(2, 3, 7, 5, 6, 9, padding, align);
            data.Add(1, 17, 16, 16, 13, 75, padding, align);
            data.Add(1, 5, 1, 1, 3, 4, padding, align);
            data.Add(1, 1, 4, 9, 1, 1, padding, align);
            data.Add(2, 2, 3, 2, 5, 17, padding, align);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Forward_GridBeyondImage_MatchesOnnxGridSample(int n, int c, int h, int w, int outH, int outW,
        WarpPadding padding, bool alignCorners)
    {
        var input = TestData.Uniform(n * c * h * w, seed: 41 + c);
        var grid = TestData.Uniform(n * outH * outW * 2, seed: 42 + outW, lo: -1.7f, hi: 1.7f);
        var expected = Oracle(input, grid, n, c, h, w, outH, outW, padding, alignCorners);

        var output = new float[n * c * outH * outW];
        WarpCpu.Forward(input, n, c, h, w, grid, outH, outW, new WarpOptions(padding, alignCorners), output, threads: 2);

        Close.Assert(expected, output, atol: 1e-5f, rtol: 1e-5f, $"warp {padding} align={alignCorners}");
    }

    [Fact]
    public void Forward_IdentityGridAlignedCorners_ReproducesInput()
    {
        const int h = 5, w = 11;
        var input = TestData.Uniform(2 * h * w, seed: 51);
        var grid = new float[h * w * 2];
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
        {
            grid[(y * w + x) * 2] = 2f * x / (w - 1) - 1f;
            grid[(y * w + x) * 2 + 1] = 2f * y / (h - 1) - 1f;
        }
        var output = new float[input.Length];
        WarpCpu.Forward(input, 1, 2, h, w, grid, h, w, new WarpOptions(WarpPadding.Zeros, true), output, threads: 1);
        Close.Assert(input, output, atol: 1e-6f, rtol: 1e-6f, "identity warp");
    }

    [Theory]
    [InlineData(WarpPadding.Zeros)]
    [InlineData(WarpPadding.Border)]
    [InlineData(WarpPadding.Reflection)]
    public void ForwardFlow_RandomFlow_MatchesGridSampleWithPixelGrid(WarpPadding padding)
    {
        const int n = 2, c = 3, h = 9, w = 21;
        var input = TestData.Uniform(n * c * h * w, seed: 61);
        var flow = TestData.Uniform(n * 2 * h * w, seed: 62, lo: -6f, hi: 6f);
        // The documented equivalence: align-corners grid x_n = 2(x + dx)/(W − 1) − 1.
        var grid = new float[n * h * w * 2];
        for (var s = 0; s < n; s++)
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
        {
            var at = (s * h + y) * w + x;
            grid[2 * at] = 2f * (x + flow[(s * 2 * h + y) * w + x]) / (w - 1) - 1f;
            grid[2 * at + 1] = 2f * (y + flow[((s * 2 + 1) * h + y) * w + x]) / (h - 1) - 1f;
        }
        var expected = Oracle(input, grid, n, c, h, w, h, w, padding, alignCorners: true);

        var output = new float[input.Length];
        WarpCpu.ForwardFlow(input, n, c, h, w, flow, padding, output, threads: 2);

        Close.Assert(expected, output, atol: 2e-5f, rtol: 2e-5f, $"flow warp {padding}");
    }

    [Fact]
    public void Forward_NonFiniteGrid_StaysInsideInput()
    {
        var input = TestData.Uniform(3 * 4 * 4, seed: 71);
        float[] grid = [float.NaN, 0f, float.PositiveInfinity, 1e30f, -1e30f, float.NegativeInfinity, 0.2f, 0.3f];
        foreach (var padding in Enum.GetValues<WarpPadding>())
        {
            var output = new float[3 * 4];
            WarpCpu.Forward(input, 1, 3, 4, 4, grid, 1, 4, new WarpOptions(padding), output, threads: 1);
            // The finite last pixel must still be exact; the others only must not crash or read outside.
            var expected = Oracle(input, grid[6..], 1, 3, 4, 4, 1, 1, padding, false);
            for (var ch = 0; ch < 3; ch++) Assert.Equal(expected[ch], output[ch * 4 + 3], 5);
        }
    }

    [Fact]
    public void Forward_GridTooShort_ThrowsNamingGrid()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            WarpCpu.Forward(new float[12], 1, 3, 2, 2, new float[7], 2, 2, new WarpOptions(), new float[12], 1));
        Assert.Contains("grid", error.Message);
    }

    internal static float[] Oracle(float[] input, float[] grid, int n, int c, int h, int w, int outH, int outW,
        WarpPadding padding, bool alignCorners)
    {
        var graph = new OnnxGraph()
            .Input("x", n, c, h, w).Input("grid", n, outH, outW, 2)
            .Node("GridSample", ["x", "grid"], ["y"],
                ("mode", "bilinear"), ("padding_mode", padding.ToString().ToLowerInvariant()),
                ("align_corners", alignCorners ? 1L : 0L))
            .Output("y");
        using var oracle = new OnnxOracle(graph);
        return oracle.Run(("x", input, [n, c, h, w]), ("grid", grid, [n, outH, outW, 2]));
    }
}
