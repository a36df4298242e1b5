using System.Runtime.InteropServices;
using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Faces;

/// <summary>Where and how a faces run happened, printed above the table so numbers carry their context.</summary>
public sealed record FacesRunInfo(
    DateTimeOffset StartedUtc,
    string Mode,
    string Cpu,
    int LogicalCores,
    string LoadAverageAtStart,
    string Runtime,
    int MonaThreads,
    int Runs,
    float MinScore,
    string FaceApi,
    string Tfjs,
    bool? WasmSimd,
    bool? WasmThreads)
{
    /// <summary>The load average when the results were complete (set after the run).</summary>
    public string LoadAverageAtEnd { get; init; } = "unknown";

    /// <summary>Whether a one-minute load average exceeded the core count: other work shared the CPU.</summary>
    public bool Busy => Above(LoadAverageAtStart) || Above(LoadAverageAtEnd);

    /// <summary>How tfjs-wasm ran: SIMD or not, one thread or a pool.</summary>
    public string WasmBuild =>
        $"{(WasmSimd == true ? "SIMD" : "no SIMD")}, {(WasmThreads == true ? "multi-threaded" : "single-threaded")}";

    public static FacesRunInfo Capture(FacesSettings settings, float minScore, Mona.Nn.Tests.Faces.ReferenceRun reference) => new(
        DateTimeOffset.UtcNow,
        settings.Mode.ToString().ToLowerInvariant(),
        RunInfo.CpuModel(),
        Environment.ProcessorCount,
        RunInfo.ReadLoadAverage(),
        $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, Node.js {NodeVersion()}",
        settings.Threads,
        settings.Runs,
        minScore,
        reference.FaceApi ?? "unknown",
        $"{reference.Tfjs ?? "unknown"} ({reference.Backend})",
        reference.WasmSimd,
        reference.WasmThreads);

    private bool Above(string loadAverage) =>
        double.TryParse(loadAverage.Split(' ')[0], System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var load) && load > LogicalCores;

    private static string NodeVersion()
    {
        try { return Mona.Nn.Tests.Faces.Tools.Run("node", ["--version"]).Trim(); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { return "unknown"; }
    }
}
