using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace Mona.Benchmarks.Measurement;

/// <summary>Where and how a run happened, printed above the table so numbers carry their context.</summary>
public sealed record RunInfo(
    DateTimeOffset StartedUtc,
    string Mode,
    string Cpu,
    int LogicalCores,
    string LoadAverage,
    string Runtime,
    string OnnxRuntime,
    int Threads,
    double PeakGflops,
    string PeakSource)
{
    /// <summary>Whether the one-minute load average exceeded the core count when the run started.</summary>
    public bool Busy =>
        double.TryParse(LoadAverage.Split(' ')[0], System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var load) && load > LogicalCores;

    public static RunInfo Capture(BenchSettings settings, MachinePeak peak) => new(
        DateTimeOffset.UtcNow,
        settings.Mode.ToString().ToLowerInvariant(),
        CpuModel(),
        Environment.ProcessorCount,
        ReadLoadAverage(),
        $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}",
        OrtEnv.Instance().GetVersionString(),
        BenchSettings.Threads,
        peak.Gflops,
        peak.Source);

    /// <summary>The 1, 5 and 15 minute load averages: above the core count, other work shared the CPU.</summary>
    internal static string ReadLoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? string.Join(' ', File.ReadAllText(loadAverage).Split(' ').Take(3)) : "unknown";
    }

    /// <summary>The CPU family from /proc/cpuinfo (AMD: 25 is Zen 3/4 with 32 fp32 flop/cycle; 26 is
    /// Zen 5, whose server parts have full-width 512-bit FMAs, 64 flop/cycle).</summary>
    public static string CpuFamilyNote()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var family = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("cpu family", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return family is null ? "CPU family unknown" : $"/proc/cpuinfo reports cpu family {family}";
    }

    internal static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo)) return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
