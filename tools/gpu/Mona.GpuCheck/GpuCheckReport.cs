using System.Text.Json.Serialization;

namespace Mona.GpuCheck;

/// <summary>Everything one run found, written as JSON.</summary>
internal sealed record GpuCheckReport(
    string Device, string Backend, [property: JsonPropertyName("cudnn")] string CuDnn, IReadOnlyList<CheckResult> Checks, IReadOnlyList<BenchResult> Bench)
{
    [JsonIgnore]
    public bool AllPassed => Checks.All(check => check.Passed);
}
