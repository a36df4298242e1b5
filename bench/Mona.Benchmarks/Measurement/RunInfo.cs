using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace Mona.Benchmarks.Measurement;

/// <summary>Where and how a run happened, printed above the table so numbers carry their context.</summary>
public sealed record RunInfo(
    DateTimeOffset StartedUtc,
    string Mode,
    string Cpu,
    int LogicalCores,
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
        $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}",
        OrtEnv.Instance().GetVersionString(),
        BenchSettings.Threads,
        peak.Gflops,
        peak.Source);

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo)) return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
