using Mona.Tensors;
using Mona.Training.Losses;
using Mona.Training.Tests.Support.Reference;
using static Mona.Training.Tests.Support.Float64GradientCheck;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Losses;

/// <summary>Losses: tape gradients against float64 central differences of the formula.</summary>
public sealed class LossFloat64Tests
{
    [Fact]
    public void L1_BothSides_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 3, 5, 3);
        var a = Uniform(s.Length, 80);
        CheckAgainstReference((t, v) => t.L1(v[0], v[1]), x => [LossReference.L1(x[0], x[1])], [a, AwayFrom(a, 81)], [s, s]);
    }

    [Fact]
    public void HingeDiscriminator_ScoresBothSidesOfTheMargin_MatchesFloat64Reference()
    {
        // Scores spaced 0.05 from −1.225 to 1.225: both sides of ±1, none on a hinge.
        TensorShape s = new(49, 1, 1, 1);
        CheckAgainstReference((t, v) => t.HingeDiscriminator(v[0], v[1]), x => [LossReference.HingeDiscriminator(x[0], x[1])],
            [Distinct(49, 82), Distinct(49, 83)], [s, s]);
    }

    [Fact]
    public void HingeGenerator_FakeScores_MatchesFloat64Reference()
    {
        TensorShape s = new(7, 1, 1, 1);
        CheckAgainstReference((t, v) => t.HingeGenerator(v[0]), x => [LossReference.HingeGenerator(x[0])], [Uniform(7, 84)], [s]);
    }

    [Fact]
    public void FeatureMatching_TwoLayers_OnlyFakeSideMatchesFloat64Reference()
    {
        TensorShape first = new(2, 3, 5, 3), second = new(2, 5, 1, 1);
        float[] real0 = Uniform(first.Length, 85), real1 = Uniform(second.Length, 86);
        CheckAgainstReference((t, v) => t.FeatureMatching([t.Constant(v[0].Value), t.Constant(v[1].Value)], [v[2], v[3]]),
            x => [LossReference.FeatureMatching([x[0], x[1]], [x[2], x[3]])],
            [real0, real1, AwayFrom(real0, 87), AwayFrom(real1, 88)], [first, second, first, second],
            differentiable: [false, false, true, true]);
    }

    [Fact]
    public void EmbeddingMatch_BothSides_MatchesFloat64Reference()
    {
        TensorShape s = new(3, 7, 1, 1);
        var embedding = Uniform(s.Length, 89);
        CheckAgainstReference((t, v) => t.EmbeddingMatch(v[0], v[1]), x => [LossReference.EmbeddingMatch(x[0], x[1])],
            [embedding, AwayFrom(embedding, 90)], [s, s]);
    }

    /// <summary>b = a ± (0.05 … 0.55): no |a − b| sits near its kink at 0.</summary>
    private static float[] AwayFrom(float[] a, int seed)
    {
        var random = new Random(seed);
        return a.Select(v => v + (random.Next(2) == 0 ? -1 : 1) * (float)(0.05 + 0.5 * random.NextDouble())).ToArray();
    }
}
