using System.Diagnostics;
using Mona.Benchmarks.Cases;

namespace Mona.Benchmarks.Measurement;

/// <summary>
/// Times the two sides of a case interleaved, so that both see the same machine noise: each pair
/// runs Mona then ORT, the next ORT then Mona, so neither side always follows the other (ORT's
/// workers spin for a moment after a run; Mona's results return to the pool).
/// </summary>
internal static class CaseTimer
{
    public static (SampleStats Mona, SampleStats Ort) Measure(PreparedCase prepared, TimingPlan plan)
    {
        var pairMs = WarmUp(prepared, plan);
        var pairs = plan.PairsFor(pairMs);
        var mona = new List<double>(pairs);
        var ort = new List<double>(pairs);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < pairs && !plan.OverBudget(i, clock.Elapsed.TotalSeconds); i++)
        {
            if (i % 2 == 0)
            {
                mona.Add(TimeMona(prepared));
                ort.Add(TimeOrt(prepared));
            }
            else
            {
                ort.Add(TimeOrt(prepared));
                mona.Add(TimeMona(prepared));
            }
        }
        return (SampleStats.Of(mona), SampleStats.Of(ort));
    }

    /// <summary>Runs both sides until the warm-up time and run count are reached; returns the
    /// median time of one pair, which sizes the measurement.</summary>
    private static double WarmUp(PreparedCase prepared, TimingPlan plan)
    {
        var pairs = new List<double>();
        var clock = Stopwatch.StartNew();
        while (!plan.WarmedUp(pairs.Count, clock.Elapsed.TotalSeconds))
            pairs.Add(TimeMona(prepared) + TimeOrt(prepared));
        return SampleStats.Of(pairs).MedianMs;
    }

    private static double TimeMona(PreparedCase prepared)
    {
        var start = Stopwatch.GetTimestamp();
        using (prepared.RunMona()) { }
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double TimeOrt(PreparedCase prepared)
    {
        var start = Stopwatch.GetTimestamp();
        prepared.RunOrt();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
