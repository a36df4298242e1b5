using Mona.Engine.Batch;
using Spectre.Console;

namespace Mona.Cli.Progress;

/// <summary>Progress as plain lines on <paramref name="output"/>; the summary through Spectre (which drops colour when redirected).</summary>
internal sealed class PlainProgressDisplay(TextWriter output, IAnsiConsole console) : IProgressDisplay
{
    public Task<BatchReport> RunAsync(Func<IBatchProgress, Task<BatchReport>> batch) => batch(new PlainBatchProgress(output));

    public void ShowSummary(BatchReport report, string reportPath) => BatchSummary.Write(console, report, reportPath);
}
