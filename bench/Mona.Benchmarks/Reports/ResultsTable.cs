using System.Globalization;
using System.Text;
using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Reports;

/// <summary>The results as a Markdown table: printed to the console and embedded in kernels.md.</summary>
internal static class ResultsTable
{
    public static string Render(IReadOnlyList<CaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| case | shape | Mona ms (min) | ORT ms (min) | ORT/Mona | by min | target | | Mona GFLOP/s (peak) | ORT GFLOP/s (peak) | max \\|Δ\\| |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|---|--:|--:|--:|");
        foreach (var r in results)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Shape} | {Ms(r.Mona)} | {Ms(r.Ort)} | {r.RatioText} | {r.RatioOfMinimums:0.00}× | ≥ {r.Target:0.0#}× | {r.Mark} " +
                $"| {Throughput(r.MonaGflops, r.MonaPeakFraction)} | {Throughput(r.OrtGflops, r.OrtPeakFraction)} " +
                $"| {r.Agreement.MaxAbsDiff:0.0e+0} |"));
        }
        return text.ToString();
    }

    public static string Summary(IReadOnlyList<CaseResult> results)
    {
        var wrong = results.Count(r => !r.Agreement.WithinTolerance);
        var passed = results.Count(r => r.Pass);
        return $"{passed} of {results.Count} cases meet their target" +
               (wrong > 0 ? $"; {wrong} disagree with ONNX Runtime (WRONG)" : "; all agree with ONNX Runtime");
    }

    private static string Ms(SampleStats stats) =>
        string.Create(CultureInfo.InvariantCulture, $"{stats.MedianMs:0.000} ({stats.MinMs:0.000})");

    private static string Throughput(double? gflops, double? fraction) =>
        gflops is { } g && fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $"{g:0.0} ({f:0%})") : "—";
}
