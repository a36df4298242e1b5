using System.Collections.Concurrent;
using Mona.Engine.Batch;

namespace Mona.Engine.Tests.Batch.Fakes;

/// <summary>Records what the runner told its progress listener; optionally acts on each finished item.</summary>
internal sealed class RecordingProgress : IBatchProgress
{
    private readonly Action<ItemResult>? _onFinished;

    public RecordingProgress(Action<ItemResult>? onFinished = null) => _onFinished = onFinished;

    public int ItemCount { get; private set; }

    public ConcurrentQueue<string> Started { get; } = new();

    public ConcurrentQueue<ItemResult> Finished { get; } = new();

    public BatchReport? Report { get; private set; }

    public void BatchStarted(string pipelineName, int itemCount) => ItemCount = itemCount;

    public void ItemStarted(string itemName) => Started.Enqueue(itemName);

    public void ItemFinished(ItemResult result)
    {
        Finished.Enqueue(result);
        _onFinished?.Invoke(result);
    }

    public void BatchFinished(BatchReport report) => Report = report;
}
