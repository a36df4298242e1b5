namespace Mona.Engine.Batch;

/// <summary>
/// Hears about a run as it goes, for a progress display. Called from several worker threads at
/// once: implementations must be thread-safe and quick.
/// </summary>
public interface IBatchProgress
{
    /// <summary>The items of this shard are known; <paramref name="itemCount"/> of them will be looked at.</summary>
    void BatchStarted(string pipelineName, int itemCount);

    /// <summary>An item begins (before its up-to-date check).</summary>
    void ItemStarted(string itemName);

    /// <summary>An item ended: succeeded, failed or skipped.</summary>
    void ItemFinished(ItemResult result);

    /// <summary>The run ended (normally or cancelled); the report is written.</summary>
    void BatchFinished(BatchReport report);
}
