using Mona.Kernels.Tests.Support;
using Mona.Kernels.Warp;
using Mona.Tensors;

namespace Mona.Kernels.Tests.Warp;

/// <summary>The warp facade: output shape from the grid, flow shape checks, the zero flow is the identity.</summary>
public sealed class ComputeContextWarpTests
{
    [Fact]
    public void Warp_GridOfOtherSize_GivesOutputOfGridSizeMatchingOnnx()
    {
        var context = new ComputeContext(threads: 2);
        using var input = Tensor.FromArray(new TensorShape(2, 3, 6, 8), TestData.Uniform(2 * 3 * 6 * 8, seed: 151));
        using var grid = Tensor.FromArray(new TensorShape(2, 5, 4, 2), TestData.Uniform(2 * 5 * 4 * 2, seed: 152, lo: -1.2f, hi: 1.2f));
        var options = new WarpOptions(WarpPadding.Border, AlignCorners: true);

        using var y = context.Warp(input, grid, options);

        Assert.Equal(new TensorShape(2, 3, 5, 4), y.Shape);
        var expected = WarpCpuTests.Oracle(input.ToArray(), grid.ToArray(), 2, 3, 6, 8, 5, 4, options.Padding, options.AlignCorners);
        Close.Assert(expected, y.Span, 1e-5f, 1e-5f, "facade warp");
    }

    [Fact]
    public void WarpFlow_ZeroFlow_ReproducesInput()
    {
        var context = new ComputeContext(threads: 2);
        var shape = new TensorShape(1, 4, 7, 9);
        using var input = Tensor.FromArray(shape, TestData.Uniform(shape.Length, seed: 153));
        using var flow = Tensor.FromArray(new TensorShape(1, 2, 7, 9), new float[2 * 7 * 9]);

        using var y = context.WarpFlow(input, flow, WarpPadding.Reflection);

        Assert.Equal(input.ToArray(), y.ToArray());
    }

    [Fact]
    public void WarpFlow_FlowWithThreeChannels_ThrowsNamingExpectedShape()
    {
        var context = new ComputeContext();
        using var input = Tensor.FromArray(new TensorShape(1, 1, 4, 4), new float[16]);
        using var flow = Tensor.FromArray(new TensorShape(1, 3, 4, 4), new float[48]);
        var error = Assert.Throws<ArgumentException>(() => context.WarpFlow(input, flow));
        Assert.Contains("1×2×4×4", error.Message);
    }
}
