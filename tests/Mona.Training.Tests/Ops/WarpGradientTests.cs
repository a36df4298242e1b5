using Mona.Kernels.Warp;
using Mona.Training.Ops;
using Mona.Training.Tests.Support;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

public sealed class WarpGradientTests
{
    [Theory]
    [InlineData(WarpPadding.Zeros, false)]
    [InlineData(WarpPadding.Zeros, true)]
    [InlineData(WarpPadding.Border, false)]
    [InlineData(WarpPadding.Border, true)]
    [InlineData(WarpPadding.Reflection, false)]
    [InlineData(WarpPadding.Reflection, true)]
    public void Warp_EachPaddingAndAlignment_GradientsReachInputAndGrid(WarpPadding padding, bool alignCorners)
    {
        const int h = 5, w = 6, outH = 4, outW = 3;
        var grid = WarpGrids.Grid(2 * outH * outW, h, w, alignCorners, 31);
        Check((t, v) => t.Warp(v[0], v[1], new WarpOptions(padding, alignCorners)),
            [Uniform(2 * 3 * h * w, 30), grid],
            [new(2, 3, h, w), new(2, outH, outW, 2)], step: 1e-3);
    }

    [Fact]
    public void WarpFlow_PixelDisplacements_GradientsReachInputAndFlow()
    {
        var flow = WarpGrids.Flow(2 * 2 * 4 * 5, 33);
        Check((t, v) => t.WarpFlow(v[0], v[1]),
            [Uniform(2 * 2 * 4 * 5, 32), flow],
            [new(2, 2, 4, 5), new(2, 2, 4, 5)], step: 1e-3);
    }
}
