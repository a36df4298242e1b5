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
    private static string ReadLoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? string.Join(' ', File.ReadAllText(loadAverage).Split(' ').Take(3)) : "unknown";
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo)) return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
