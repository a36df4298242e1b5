using Mona.Tensors;
using Mona.Tensors.Ops;
using Mona.Training.Ops;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

public sealed class ConvolutionGradientTests
{
    [Fact]
    public void Conv2d_StridedDilatedAsymmetricPadding_MatchesFiniteDifferences()
    {
        var options = new Conv2dOptions(StrideH: 2, StrideW: 1, PadTop: 1, PadLeft: 0, PadBottom: 2, PadRight: 1, DilationH: 1, DilationW: 2);
        Check((t, v) => t.Conv2d(v[0], v[1], v[2], options),
            [Uniform(2 * 3 * 7 * 6, 1), Uniform(4 * 3 * 3 * 2, 2), Uniform(4, 3)],
            [new(2, 3, 7, 6), new(4, 3, 3, 2), new(4, 1, 1, 1)]);
    }

    [Fact]
    public void Conv2d_StrideOneAsymmetricPaddingEvenKernel_MatchesFiniteDifferences()
    {
        // Stride 1, one group, 9 input channels (the flipped-kernel data gradient needs at least
        // FlippedKernelDataGradient.MinimumChannels) and the row-dot weight gradient.
        var options = new Conv2dOptions(StrideH: 1, StrideW: 1, PadTop: 1, PadLeft: 2, PadBottom: 2, PadRight: 1, DilationH: 1, DilationW: 1, Groups: 1);
        Check((t, v) => t.Conv2d(v[0], v[1], v[2], options),
            [Uniform(2 * 9 * 7 * 5, 15), Uniform(3 * 9 * 4 * 4, 16), Uniform(3, 17)],
            [new(2, 9, 7, 5), new(3, 9, 4, 4), new(3, 1, 1, 1)]);
    }

    [Fact]
    public void Conv2d_StrideOnePointwise_MatchesFiniteDifferences()
    {
        Check((t, v) => t.Conv2d(v[0], v[1], v[2], Conv2dOptions.Square()),
            [Uniform(2 * 3 * 6 * 5, 18), Uniform(4 * 3, 19), Uniform(4, 20)],
            [new(2, 3, 6, 5), new(4, 3, 1, 1), new(4, 1, 1, 1)]);
    }

    [Fact]
    public void Conv2d_Grouped_MatchesFiniteDifferences()
    {
        Check((t, v) => t.Conv2d(v[0], v[1], null, Conv2dOptions.Square(pad: 1, groups: 2)),
            [Uniform(4 * 5 * 5, 4), Uniform(6 * 2 * 3 * 3, 5)],
            [new(1, 4, 5, 5), new(6, 2, 3, 3)]);
    }

    [Fact]
    public void Conv2d_Depthwise_MatchesFiniteDifferences()
    {
        Check((t, v) => t.Conv2d(v[0], v[1], v[2], Conv2dOptions.Square(stride: 2, pad: 1, groups: 3)),
            [Uniform(2 * 3 * 5 * 4, 6), Uniform(3 * 9, 7), Uniform(3, 8)],
            [new(2, 3, 5, 4), new(3, 1, 3, 3), new(3, 1, 1, 1)]);
    }

    [Fact]
    public void ConvTranspose2d_StrideTwoOutputPadding_MatchesFiniteDifferences()
    {
        var options = new ConvTranspose2dOptions(StrideH: 2, StrideW: 2, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, OutputPadH: 1, OutputPadW: 0);
        Check((t, v) => t.ConvTranspose2d(v[0], v[1], v[2], options),
            [Uniform(2 * 3 * 4 * 5, 9), Uniform(3 * 2 * 3 * 3, 10), Uniform(2, 11)],
            [new(2, 3, 4, 5), new(3, 2, 3, 3), new(2, 1, 1, 1)]);
    }

    [Fact]
    public void Linear_WithBias_MatchesFiniteDifferences()
    {
        Check((t, v) => t.Linear(v[0], v[1], v[2]),
            [Uniform(3 * 5 * 2, 12), Uniform(4 * 10, 13), Uniform(4, 14)],
            [new(3, 5, 2, 1), new(4, 10, 1, 1), new(4, 1, 1, 1)]);
    }
}
