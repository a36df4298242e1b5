using Mona.Training.Ops;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

public sealed class NormalizationGradientTests
{
    [Fact]
    public void InstanceNorm_Affine_MatchesFiniteDifferences()
    {
        Check((t, v) => t.InstanceNorm(v[0], v[1], v[2]),
            [Uniform(2 * 3 * 3 * 5, 20, -2, 2), Uniform(3, 21, 0.5f, 1.5f), Uniform(3, 22)],
            [new(2, 3, 3, 5), new(3, 1, 1, 1), new(3, 1, 1, 1)]);
    }

    [Fact]
    public void AdaIn_PerSampleParameters_GradientsReachInputGammaAndBeta()
    {
        Check((t, v) => t.AdaIn(v[0], v[1], v[2]),
            [Uniform(2 * 3 * 4 * 3, 23, -2, 2), Uniform(6, 24, 0.5f, 1.5f), Uniform(6, 25)],
            [new(2, 3, 4, 3), new(2, 3, 1, 1), new(2, 3, 1, 1)]);
    }
}
