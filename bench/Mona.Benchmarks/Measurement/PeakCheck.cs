using System.Globalization;

namespace Mona.Benchmarks.Measurement;

/// <summary>
/// A sanity check of the assumed peak: no run can do more flop per second than the hardware, so
/// a best time (either side) above the peak means the peak constant is wrong for this CPU (a
/// different model, or a host with wider FMA units) and the fraction-of-peak column is inflated.
/// </summary>
internal static class PeakCheck
{
    /// <summary>A warning naming the fastest case when its best throughput exceeds the peak; null otherwise.</summary>
    public static string? Warning(IReadOnlyList<CaseResult> results, MachinePeak peak)
    {
        var fastest = results
            .Where(r => r.Flops > 0)
            .Select(r => (r.Name, Gflops: r.Flops / (Math.Min(r.Mona.MinMs, r.Ort.MinMs) * 1e6)))
            .OrderByDescending(p => p.Gflops)
            .FirstOrDefault();
        if (fastest.Name is null || fastest.Gflops <= peak.Gflops) return null;
        var best = fastest.Gflops.ToString("0", CultureInfo.InvariantCulture);
        var assumed = peak.Gflops.ToString("0.#", CultureInfo.InvariantCulture);
        return $"warning: the best run of {fastest.Name} reached {best} GFLOP/s, above the assumed peak of {assumed} GFLOP/s: " +
               $"the peak is wrong for this CPU ({RunInfo.CpuFamilyNote()}); fractions of peak are overstated; " +
               "pass --peak-gflops with this CPU's figure";
    }
}
