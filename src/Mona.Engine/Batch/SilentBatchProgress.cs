namespace Mona.Engine.Batch;

/// <summary>A progress listener that shows nothing.</summary>
public sealed class SilentBatchProgress : IBatchProgress
{
    public static SilentBatchProgress Instance { get; } = new();

    public void BatchStarted(string pipelineName, int itemCount) { }

    public void ItemStarted(string itemName) { }

    public void ItemFinished(ItemResult result) { }

    public void BatchFinished(BatchReport report) { }
}
