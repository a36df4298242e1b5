using Mona.Benchmarks.Cases;
using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Tests;

public sealed class MeasurementTests
{
    [Fact]
    public void SampleStats_OddCount_MedianIsTheMiddleValue()
    {
        var stats = SampleStats.Of([5.0, 1.0, 9.0, 3.0, 7.0]);

        Assert.Equal(new SampleStats(5.0, 1.0, 5), stats);
    }

    [Fact]
    public void SampleStats_EvenCount_MedianIsTheMeanOfTheMiddlePair()
    {
        var stats = SampleStats.Of([4.0, 1.0, 3.0, 10.0]);

        Assert.Equal(3.5, stats.MedianMs);
        Assert.Equal(1.0, stats.MinMs);
    }

    [Fact]
    public void TimingPlan_PairsFor_FillsTheBudgetWithinItsBounds()
    {
        var plan = TimingPlan.Quick;

        Assert.Equal(300, plan.PairsFor(10.0));
        Assert.Equal(plan.MinPairs, plan.PairsFor(5000.0));
        Assert.Equal(plan.MaxPairs, plan.PairsFor(0.0001));
    }

    [Fact]
    public void TimingPlan_SlowCase_StopsAfterThreeTimesItsBudgetButNotBeforeThreePairs()
    {
        var plan = TimingPlan.Quick;

        Assert.False(plan.OverBudget(2, 100.0));
        Assert.True(plan.OverBudget(3, plan.MeasureSeconds * TimingPlan.CapFactor));
        Assert.False(plan.OverBudget(3, plan.MeasureSeconds));
    }

    [Fact]
    public void CaseResult_RatioAndMark_FollowTheTarget()
    {
        var agrees = new Agreement(0, true, "");
        var faster = Result(monaMs: 1.0, ortMs: 2.0, agrees);
        var slower = Result(monaMs: 2.0, ortMs: 1.0, agrees);
        var wrong = Result(monaMs: 1.0, ortMs: 2.0, new Agreement(1, false, "off"));

        Assert.Equal(2.0, faster.Ratio);
        Assert.Equal("pass", faster.Mark);
        Assert.Equal("miss", slower.Mark);
        Assert.Equal("WRONG", wrong.Mark);
        Assert.False(wrong.Pass);
    }

    [Fact]
    public void CaseResult_Throughput_IsFlopsOverMedianAndAFractionOfPeak()
    {
        // 2·10⁹ flop in 10 ms is 200 GFLOP/s; of a 250 GFLOP/s peak, 80%.
        var result = Result(monaMs: 10.0, ortMs: 10.0, new Agreement(0, true, ""), flops: 2e9, peak: 250);

        Assert.Equal(200, result.MonaGflops!.Value, precision: 9);
        Assert.Equal(0.8, result.MonaPeakFraction!.Value, precision: 9);
    }

    [Fact]
    public void KernelCases_All_CoverEveryGroupWithTheBriefShapes()
    {
        var cases = KernelCases.All();

        Assert.Equal(3, cases.Count(c => c.Group == CaseGroup.AdaIn));
        Assert.Equal(3, cases.Count(c => c.Group == CaseGroup.Warp));
        Assert.Equal(5, cases.Count(c => c.Group == CaseGroup.Conv));
        // 3×3, 512→512 at 16²: 2·512·16²·512·9 flop.
        Assert.Equal(2.0 * 512 * 256 * 512 * 9, cases.Single(c => c.Name == "conv3×3 512→512 @16²").Flops);
    }

    [Fact]
    public void KernelCases_Matching_UsesNameOrGroupIgnoringCase()
    {
        Assert.Equal(5, KernelCases.Matching("CONV").Count);
        Assert.Single(KernelCases.Matching("depthwise"));
        Assert.Equal(3, KernelCases.Matching("adain").Count);
        Assert.Empty(KernelCases.Matching("no such case"));
    }

    private static CaseResult Result(double monaMs, double ortMs, Agreement agreement, double flops = 0, double peak = 234) =>
        new("case", "conv", "1×1×1×1", 0.8, new SampleStats(monaMs, monaMs, 1), new SampleStats(ortMs, ortMs, 1),
            agreement, flops, peak);
}
