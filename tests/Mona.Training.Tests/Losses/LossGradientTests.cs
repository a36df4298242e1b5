using Mona.Training.Losses;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Losses;

public sealed class LossGradientTests
{
    [Fact]
    public void L1_BothSides_MatchesFiniteDifferences()
    {
        Check((t, v) => t.L1(v[0], v[1]), [Distinct(2 * 2 * 3 * 3, 70), Distinct(2 * 2 * 3 * 3, 71, 0.07f)],
            [new(2, 2, 3, 3), new(2, 2, 3, 3)]);
    }

    [Fact]
    public void HingeDiscriminator_ScoresBothSidesOfTheMargin_MatchesFiniteDifferences()
    {
        // Scores spaced 0.05 around 0 reach past ±1 only at 1.025 etc.: none sits within the step of a hinge.
        Check((t, v) => t.HingeDiscriminator(v[0], v[1]), [Distinct(50, 72), Distinct(50, 73)], [new(50, 1, 1, 1), new(50, 1, 1, 1)]);
    }

    [Fact]
    public void HingeGenerator_MatchesFiniteDifferences()
    {
        Check((t, v) => t.HingeGenerator(v[0]), [Uniform(5, 74)], [new(5, 1, 1, 1)]);
    }

    [Fact]
    public void FeatureMatching_TwoLayers_OnlyFakeSideMoves()
    {
        Check((t, v) => t.FeatureMatching([t.Constant(v[0].Value), t.Constant(v[1].Value)], [v[2], v[3]]),
            [Distinct(12, 75), Distinct(6, 76), Distinct(12, 77, 0.07f), Distinct(6, 78, 0.07f)],
            [new(1, 3, 2, 2), new(1, 6, 1, 1), new(1, 3, 2, 2), new(1, 6, 1, 1)],
            differentiable: [false, false, true, true]);
    }
}
