using Mona.Benchmarks.Cases;

namespace Mona.Benchmarks.Measurement;

/// <summary>The outcome of one case: times, the ratio against ORT, throughput and correctness.</summary>
public sealed record CaseResult(
    string Name,
    string Group,
    string Shape,
    double Target,
    SampleStats Mona,
    SampleStats Ort,
    Agreement Agreement,
    double Flops,
    double PeakGflops)
{
    public static CaseResult From(BenchCase benchCase, SampleStats mona, SampleStats ort, Agreement agreement, MachinePeak peak) =>
        new(benchCase.Name, benchCase.Group.Name, benchCase.Shape, benchCase.Group.Target, mona, ort, agreement,
            benchCase.Flops, peak.Gflops);

    /// <summary>ORT median / Mona median: above 1 Mona is faster.</summary>
    public double Ratio => Ort.MedianMs / Mona.MedianMs;

    /// <summary>ORT minimum / Mona minimum: the ratio of best cases, steadier when the machine is busy.</summary>
    public double RatioOfMinimums => Ort.MinMs / Mona.MinMs;

    /// <summary>The ratio with two decimals, or three significant digits below 0.1.</summary>
    public string RatioText => Ratio >= 0.1 ? $"{Ratio:0.00}×" : $"{Ratio:0.00#}×";

    /// <summary>Meets the group's target and agrees with ORT.</summary>
    public bool Pass => Agreement.WithinTolerance && Ratio >= Target;

    /// <summary>Mona's throughput at its median time; null for memory-bound cases.</summary>
    public double? MonaGflops => Flops > 0 ? Flops / (Mona.MedianMs * 1e6) : null;

    public double? OrtGflops => Flops > 0 ? Flops / (Ort.MedianMs * 1e6) : null;

    public double? MonaPeakFraction => MonaGflops / PeakGflops;

    public double? OrtPeakFraction => OrtGflops / PeakGflops;

    /// <summary>"pass", "miss" (correct but slower than the target) or "WRONG" (disagrees with ORT).</summary>
    public string Mark => !Agreement.WithinTolerance ? "WRONG" : Pass ? "pass" : "miss";
}
