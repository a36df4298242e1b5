using Mona.Engine.Batch;

namespace Mona.Cli.Progress;

/// <summary>Shows a batch while it runs and sums it up at the end.</summary>
internal interface IProgressDisplay
{
    /// <summary>Runs <paramref name="batch"/> with a progress listener bound to this display.</summary>
    Task<BatchReport> RunAsync(Func<IBatchProgress, Task<BatchReport>> batch);

    /// <summary>Prints the totals and each failure with its reason.</summary>
    void ShowSummary(BatchReport report, string reportPath);
}
