namespace Mona.Benchmarks;

/// <summary>
/// The fp32 peak that convolution throughput is measured against. The default is the
/// development machine's (docs/benchmarks.md, /work/shared/docs/ANCHORS.md): an AMD EPYC Zen 4
/// core retires two 256-bit FMAs per cycle (a 512-bit FMA runs as two halves), that is
/// 2 × 8 lanes × 2 flop = 32 fp32 flop per cycle, at a sustained clock of about 3.65 GHz
/// (/proc/cpuinfo shows the 2.6 GHz TSC, not the clock). Other machines pass --peak-gflops.
/// </summary>
/// <param name="Gflops">Peak of all the threads used together.</param>
/// <param name="Source">How the figure was obtained, printed with the results.</param>
public sealed record MachinePeak(double Gflops, string Source)
{
    /// <summary>fp32 flop one Zen 4 core retires per cycle with FMAs.</summary>
    public const double FlopPerCycle = 32;

    /// <summary>Sustained all-core clock of the development machine, GHz.</summary>
    public const double ClockGhz = 3.65;

    public static MachinePeak For(BenchSettings settings)
    {
        if (settings.PeakGflops is { } given)
            return new MachinePeak(given, $"{given:0.#} GFLOP/s, given with --peak-gflops");
        var gflops = BenchSettings.Threads * FlopPerCycle * ClockGhz;
        return new MachinePeak(gflops,
            $"{gflops:0.#} GFLOP/s = {BenchSettings.Threads} cores × {FlopPerCycle:0} fp32 flop/cycle (Zen 4 FMA) × {ClockGhz} GHz " +
            "(development machine's constant; override with --peak-gflops)");
    }
}
