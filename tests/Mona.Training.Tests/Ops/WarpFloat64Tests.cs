using Mona.Kernels.Warp;
using Mona.Tensors;
using Mona.Training.Ops;
using Mona.Training.Tests.Support;
using Mona.Training.Tests.Support.Reference;
using static Mona.Training.Tests.Support.Float64GradientCheck;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

/// <summary>Warps: tape gradients (input and sampling points) against float64 central differences of the grid-sample reference.</summary>
public sealed class WarpFloat64Tests
{
    [Theory]
    [InlineData(WarpPadding.Zeros, false)]
    [InlineData(WarpPadding.Zeros, true)]
    [InlineData(WarpPadding.Border, false)]
    [InlineData(WarpPadding.Border, true)]
    [InlineData(WarpPadding.Reflection, false)]
    [InlineData(WarpPadding.Reflection, true)]
    public void Warp_EachPaddingAndAlignment_MatchesFloat64Reference(WarpPadding padding, bool alignCorners)
    {
        const int outH = 5, outW = 3;
        TensorShape s = new(2, 3, 7, 5), g = new(2, outH, outW, 2);
        CheckAgainstReference((t, v) => t.Warp(v[0], v[1], new WarpOptions(padding, alignCorners)),
            x => WarpReference.Warp(x[0], s, x[1], outH, outW, padding, alignCorners),
            [Uniform(s.Length, 70), WarpGrids.Grid(2 * outH * outW, s.H, s.W, alignCorners, 71)], [s, g]);
    }

    [Theory]
    [InlineData(WarpPadding.Zeros)]
    [InlineData(WarpPadding.Border)]
    [InlineData(WarpPadding.Reflection)]
    public void WarpFlow_PixelDisplacements_MatchesFloat64Reference(WarpPadding padding)
    {
        TensorShape s = new(2, 3, 7, 5), f = new(2, 2, 7, 5);
        CheckAgainstReference((t, v) => t.WarpFlow(v[0], v[1], padding),
            x => WarpReference.Warp(x[0], s, WarpReference.FlowToGrid(x[1], f), f.H, f.W, padding, alignCorners: true),
            [Uniform(s.Length, 72), WarpGrids.Flow(f.Length, 73)], [s, f]);
    }
}
