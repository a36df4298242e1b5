using System.Text.Json;
using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Reports;

/// <summary>kernels.json: the same numbers for scripts (one object per case, times in ms).</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Case names carry × and →: keep them readable rather than \u-escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static byte[] Render(RunInfo info, IReadOnlyList<CaseResult> results)
    {
        var cases = results.Select(r => new
        {
            r.Name, r.Group, r.Shape,
            monaMedianMs = r.Mona.MedianMs, monaMinMs = r.Mona.MinMs,
            ortMedianMs = r.Ort.MedianMs, ortMinMs = r.Ort.MinMs,
            pairs = r.Mona.Count,
            r.Ratio, r.RatioOfMinimums, r.Target, r.Mark, r.Pass,
            r.MonaGflops, r.OrtGflops, r.MonaPeakFraction, r.OrtPeakFraction,
            maxAbsDiff = r.Agreement.MaxAbsDiff, agreement = r.Agreement.Detail,
        });
        return JsonSerializer.SerializeToUtf8Bytes(new { run = info, cases }, Options);
    }
}
