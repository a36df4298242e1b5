namespace Mona.Engine.Batch;

/// <summary>
/// Estimates the time left from the pace so far. Skipped items finish at once and would make the
/// pace look fast, so only processed items (succeeded or failed) set it: remaining items are
/// assumed to take as long, wall-clock, as the processed ones did on average, parallelism
/// included since the pace is measured over wall time. Not thread-safe; callers serialize.
/// </summary>
public sealed class BatchEta
{
    private int _processed;
    private TimeSpan _firstProcessingSeen = TimeSpan.MinValue;

    public BatchEta(int itemCount) => ItemCount = itemCount;

    /// <summary>Items in the run.</summary>
    public int ItemCount { get; }

    /// <summary>Items finished, whatever their status.</summary>
    public int Finished { get; private set; }

    /// <summary>Counts a finished item at <paramref name="elapsed"/> since the run started.</summary>
    public void Record(ItemResult result, TimeSpan elapsed)
    {
        Finished++;
        if (result.Status == ItemStatus.Skipped) return;
        if (_processed == 0)
        {
            // Time spent before the first processed item started (skips, setup) is not pace.
            _firstProcessingSeen = elapsed - TimeSpan.FromMilliseconds(result.DurationMilliseconds);
            if (_firstProcessingSeen < TimeSpan.Zero) _firstProcessingSeen = TimeSpan.Zero;
        }
        _processed++;
    }

    /// <summary>Time left at <paramref name="elapsed"/>, or null before any item was processed.</summary>
    public TimeSpan? Remaining(TimeSpan elapsed)
    {
        if (_processed == 0) return null;
        var left = ItemCount - Finished;
        if (left <= 0) return TimeSpan.Zero;
        var perItem = (elapsed - _firstProcessingSeen) / _processed;
        return perItem * left;
    }
}
