namespace Mona.Benchmarks.Measurement;

/// <summary>
/// How long to warm up and measure one case. The number of Mona + ORT pairs comes from the
/// warm-up's estimate of one pair: enough to fill <see cref="MeasureSeconds"/>, within
/// [<see cref="MinPairs"/>, <see cref="MaxPairs"/>]. A very slow case stops early (at least
/// <see cref="FloorPairs"/> pairs) once it has used <see cref="CapFactor"/> times its budget, so
/// that the quick run stays quick whatever the op's speed.
/// </summary>
public sealed record TimingPlan(double WarmupSeconds, int MinWarmupRuns, double MeasureSeconds, int MinPairs, int MaxPairs)
{
    /// <summary>Pairs measured however slow the case is.</summary>
    public const int FloorPairs = 3;

    /// <summary>Multiple of the warm-up or measurement budget after which minimum counts give way.</summary>
    public const double CapFactor = 3;

    /// <summary>Eleven cases at about 3.5 s each (plus session builds) keep the run under two minutes.</summary>
    public static readonly TimingPlan Quick = new(0.3, 3, 3.0, 9, 2000);

    public static readonly TimingPlan Full = new(1.5, 10, 15.0, 41, 20000);

    public static TimingPlan For(BenchMode mode) => mode == BenchMode.Full ? Full : Quick;

    public int PairsFor(double pairMs) =>
        Math.Clamp((int)(MeasureSeconds * 1000 / Math.Max(pairMs, 1e-3)), MinPairs, MaxPairs);

    /// <summary>Whether warm-up may stop after <paramref name="runs"/> pairs and <paramref name="seconds"/>.</summary>
    public bool WarmedUp(int runs, double seconds) =>
        runs >= 1 && seconds >= WarmupSeconds && (runs >= MinWarmupRuns || seconds >= CapFactor * WarmupSeconds);

    /// <summary>Whether measurement may stop early: enough pairs for a median, budget overrun.</summary>
    public bool OverBudget(int pairs, double seconds) => pairs >= FloorPairs && seconds >= CapFactor * MeasureSeconds;
}
