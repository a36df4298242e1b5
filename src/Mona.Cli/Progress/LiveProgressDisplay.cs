using Mona.Engine.Batch;
using Spectre.Console;

namespace Mona.Cli.Progress;

/// <summary>A live Spectre progress bar, for a terminal.</summary>
internal sealed class LiveProgressDisplay(IAnsiConsole console) : IProgressDisplay
{
    public Task<BatchReport> RunAsync(Func<IBatchProgress, Task<BatchReport>> batch) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => batch(new LiveBatchProgress(context)));

    public void ShowSummary(BatchReport report, string reportPath) => BatchSummary.Write(console, report, reportPath);
}
