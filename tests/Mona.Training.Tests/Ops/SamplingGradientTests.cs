using Mona.Kernels.Pooling;
using Mona.Kernels.Resize;
using Mona.Training.Ops;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

public sealed class SamplingGradientTests
{
    [Theory]
    [InlineData(PoolKind.Max)]
    [InlineData(PoolKind.Average)]
    public void Pool_PaddedStridedWindow_MatchesFiniteDifferences(PoolKind kind)
    {
        Check((t, v) => t.Pool(v[0], kind, Pool2dOptions.Square(3, 2, 1)), [Distinct(2 * 2 * 5 * 7, 40)], [new(2, 2, 5, 7)]);
    }

    [Theory]
    [InlineData(PoolKind.Max)]
    [InlineData(PoolKind.Average)]
    public void GlobalPool_OddPlane_MatchesFiniteDifferences(PoolKind kind)
    {
        Check((t, v) => t.GlobalPool(v[0], kind), [Distinct(2 * 3 * 3 * 5, 41)], [new(2, 3, 3, 5)]);
    }

    [Theory]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.HalfPixel, 5, 7)]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.AlignCorners, 6, 9)]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.HalfPixel, 2, 3)]
    [InlineData(ResizeMode.Nearest, ResizeCoordinates.Asymmetric, 6, 8)]
    public void Resize_UpAndDown_MatchesFiniteDifferences(ResizeMode mode, ResizeCoordinates coordinates, int outH, int outW)
    {
        var options = new ResizeOptions(mode, coordinates, NearestRounding.Floor);
        Check((t, v) => t.Resize(v[0], outH, outW, options), [Uniform(2 * 2 * 3 * 4, 42)], [new(2, 2, 3, 4)]);
    }

    [Fact]
    public void Upsample_FactorTwo_EachInputCollectsItsFourCopies()
    {
        Check((t, v) => t.Upsample(v[0], 2), [Uniform(1 * 2 * 3 * 3, 43)], [new(1, 2, 3, 3)]);
    }
}
