namespace Mona.Benchmarks.Measurement;

/// <summary>
/// How long to warm up and measure one case. The iteration count comes from the warm-up's
/// estimate of one Mona + ORT pair: enough pairs to fill <see cref="MeasureSeconds"/>, within
/// [<see cref="MinPairs"/>, <see cref="MaxPairs"/>].
/// </summary>
public sealed record TimingPlan(double WarmupSeconds, int MinWarmupRuns, double MeasureSeconds, int MinPairs, int MaxPairs)
{
    /// <summary>Eleven cases at about 3.5 s each (plus session builds) keep the run under two minutes.</summary>
    public static readonly TimingPlan Quick = new(0.3, 3, 3.0, 9, 2000);

    public static readonly TimingPlan Full = new(1.5, 10, 15.0, 41, 20000);

    public static TimingPlan For(BenchMode mode) => mode == BenchMode.Full ? Full : Quick;

    public int PairsFor(double pairMs) =>
        Math.Clamp((int)(MeasureSeconds * 1000 / Math.Max(pairMs, 1e-3)), MinPairs, MaxPairs);
}
