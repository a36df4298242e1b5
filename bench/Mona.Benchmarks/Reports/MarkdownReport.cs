using System.Globalization;
using System.Text;
using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Reports;

/// <summary>kernels.md: the run's context, the table, and how to read it.</summary>
internal static class MarkdownReport
{
    public static string Render(RunInfo info, IReadOnlyList<CaseResult> results, string? peakWarning)
    {
        var text = new StringBuilder();
        text.AppendLine("# Mona kernels vs ONNX Runtime (CPU)");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- started: {info.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC, mode: {info.Mode}"));
        text.AppendLine($"- machine: {info.Cpu}, {info.LogicalCores} logical cores; {info.Runtime}");
        text.AppendLine($"- load average at start (1, 5, 15 min): {info.LoadAverage}" +
                        (info.Busy ? $" — above {info.LogicalCores} cores: other work shared the CPU, expect noise" : ""));
        text.AppendLine($"- ONNX Runtime {info.OnnxRuntime}; both sides on {info.Threads} threads, timed interleaved in one process " +
                       "(ORT's idle spinning off, so it does not take a core from the Mona run that follows)");
        text.AppendLine($"- fp32 peak: {info.PeakSource}");
        text.AppendLine();
        text.Append(ResultsTable.Render(results));
        text.AppendLine();
        text.AppendLine(ResultsTable.Summary(results) + ".");
        if (peakWarning is not null) text.AppendLine().AppendLine($"**{peakWarning}**");
        text.AppendLine();
        text.AppendLine("Times are medians (minimum in brackets) of interleaved runs. ORT/Mona above 1 means Mona is faster " +
                        "(\"by min\": the same ratio of the minimums, steadier on a busy machine); " +
                        "\"pass\" means the ratio meets the target and Mona's result agrees with ORT's within tolerance. " +
                        "GFLOP/s counts a multiply-add as two flop; the bracket is the fraction of the fp32 peak above. " +
                        "See docs/benchmarks.md.");
        return text.ToString();
    }
}
