using Mona.Kernels.Pooling;
using Mona.Kernels.Resize;
using Mona.Tensors;
using Mona.Training.Ops;
using Mona.Training.Tests.Support.Reference;
using static Mona.Training.Tests.Support.Float64GradientCheck;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

/// <summary>Pooling and resizing: tape gradients against float64 central differences of the reference.</summary>
public sealed class SamplingFloat64Tests
{
    [Theory]
    [InlineData(PoolKind.Max)]
    [InlineData(PoolKind.Average)]
    public void Pool_AsymmetricPaddingStridedWindow_MatchesFloat64Reference(PoolKind kind)
    {
        // Distinct values keep max-pool ties (a kink) out of every window.
        var options = new Pool2dOptions(KernelH: 3, KernelW: 2, StrideH: 2, StrideW: 1, PadTop: 1, PadLeft: 0, PadBottom: 2, PadRight: 1);
        TensorShape s = new(2, 3, 7, 5);
        CheckAgainstReference((t, v) => t.Pool(v[0], kind, options), x => SamplingReference.Pool(x[0], s, kind, options), [Distinct(s.Length, 60)], [s]);
    }

    [Fact]
    public void AveragePool_FactorTwoOddPlane_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 3, 7, 5);
        CheckAgainstReference((t, v) => t.AveragePool(v[0], 2), x => SamplingReference.Pool(x[0], s, PoolKind.Average, Pool2dOptions.Square(2, 2)),
            [Uniform(s.Length, 61)], [s]);
    }

    [Theory]
    [InlineData(PoolKind.Max)]
    [InlineData(PoolKind.Average)]
    public void GlobalPool_OddPlane_MatchesFloat64Reference(PoolKind kind)
    {
        TensorShape s = new(2, 5, 5, 3);
        CheckAgainstReference((t, v) => t.GlobalPool(v[0], kind), x => SamplingReference.GlobalPool(x[0], s, kind), [Distinct(s.Length, 62)], [s]);
    }

    [Theory]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.HalfPixel, 9, 7)]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.HalfPixel, 3, 2)]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.AlignCorners, 9, 4)]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.PytorchHalfPixel, 1, 7)]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.Asymmetric, 10, 6)]
    [InlineData(ResizeMode.Nearest, ResizeCoordinates.Asymmetric, 10, 6)]
    public void Resize_UpAndDown_MatchesFloat64Reference(ResizeMode mode, ResizeCoordinates coordinates, int outH, int outW)
    {
        var options = new ResizeOptions(mode, coordinates, NearestRounding.Floor);
        TensorShape s = new(2, 3, 5, 3);
        CheckAgainstReference((t, v) => t.Resize(v[0], outH, outW, options), x => SamplingReference.Resize(x[0], s, outH, outW, options),
            [Uniform(s.Length, 63)], [s]);
    }

    [Fact]
    public void Upsample_FactorTwoOddPlane_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 3, 5, 3);
        var options = new ResizeOptions(ResizeMode.Nearest, ResizeCoordinates.Asymmetric, NearestRounding.Floor);
        CheckAgainstReference((t, v) => t.Upsample(v[0], 2), x => SamplingReference.Resize(x[0], s, 10, 6, options), [Uniform(s.Length, 64)], [s]);
    }
}
