using System.Diagnostics;
using Mona.Engine.Batch;

namespace Mona.Cli.Progress;

/// <summary>Counts finished items and keeps the ETA, under a lock (listeners are called from worker threads).</summary>
internal sealed class ProgressTally
{
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private BatchEta _eta = new(0);

    public void Start(int itemCount)
    {
        lock (_gate)
        {
            _eta = new BatchEta(itemCount);
            _clock.Restart();
        }
    }

    /// <summary>Counts an item; returns how many finished so far, of how many, and the time left if known.</summary>
    public (int Finished, int Total, TimeSpan? Remaining) Record(ItemResult result)
    {
        lock (_gate)
        {
            _eta.Record(result, _clock.Elapsed);
            return (_eta.Finished, _eta.ItemCount, _eta.Remaining(_clock.Elapsed));
        }
    }
}
