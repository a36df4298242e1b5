namespace Mona.Engine.Batch;

/// <summary>Counts over a run's items.</summary>
/// <param name="Items">Items in this run's shard.</param>
/// <param name="Succeeded">Items produced in this run.</param>
/// <param name="Failed">Items that failed.</param>
/// <param name="Skipped">Items already up to date.</param>
/// <param name="NotFinished">Items not started or stopped by cancellation.</param>
public sealed record BatchTotals(int Items, int Succeeded, int Failed, int Skipped, int NotFinished)
{
    /// <summary>Counts the finished results among <paramref name="itemCount"/> items.</summary>
    public static BatchTotals Of(int itemCount, IReadOnlyCollection<ItemResult> results) => new(
        itemCount,
        results.Count(r => r.Status == ItemStatus.Succeeded),
        results.Count(r => r.Status == ItemStatus.Failed),
        results.Count(r => r.Status == ItemStatus.Skipped),
        itemCount - results.Count);
}
