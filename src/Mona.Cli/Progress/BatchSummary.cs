using Mona.Engine.Batch;
using Spectre.Console;

namespace Mona.Cli.Progress;

/// <summary>The end-of-run table: counts, then each failure with its stage and reason.</summary>
internal static class BatchSummary
{
    public static void Write(IAnsiConsole console, BatchReport report, string reportPath)
    {
        var totals = report.Totals;
        var counts = new Table().Border(TableBorder.Rounded).AddColumns("items", "succeeded", "up to date", "failed", "not finished");
        counts.AddRow(
            totals.Items.ToString(), totals.Succeeded.ToString(), totals.Skipped.ToString(),
            totals.Failed > 0 ? $"[red]{totals.Failed}[/]" : "0",
            totals.NotFinished > 0 ? $"[yellow]{totals.NotFinished}[/]" : "0");
        console.Write(counts);

        var failures = report.Items.Where(item => item.Status == ItemStatus.Failed).ToList();
        if (failures.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("failed item", "stage", "reason");
            foreach (var item in failures)
                table.AddRow(Markup.Escape(item.Name), Markup.Escape(item.FailedStage ?? "-"), Markup.Escape(item.Error ?? ""));
            console.Write(table);
        }
        if (report.Cancelled) console.MarkupLine("[yellow]cancelled[/]: the report lists the items that finished");
        console.MarkupLine($"report: {Markup.Escape(reportPath)}");
    }
}
