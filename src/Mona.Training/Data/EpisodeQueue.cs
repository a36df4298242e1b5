using System.Threading.Channels;

namespace Mona.Training.Data;

/// <summary>
/// Prepares episodes on background threads ahead of the trainer: episodes start..∞ are produced
/// in order by <paramref name="workers"/> tasks into a bounded channel (capacity
/// <paramref name="capacity"/>), so decoding and cropping overlap training and memory stays
/// bounded. Order is kept by index (each worker takes every workers-th index and waits its turn),
/// so the trainer sees the same sequence whatever the thread timing.
/// </summary>
public sealed class EpisodeQueue : IAsyncDisposable
{
    private readonly Channel<Episode> _channel;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;

    public EpisodeQueue(IEpisodeSource source, long start, int capacity = 16, int workers = 2)
    {
        _channel = Channel.CreateBounded<Episode>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        _producer = Task.Run(() => Produce(source, start, Math.Max(1, workers), _stop.Token));
    }

    /// <summary>Time the trainer spent waiting for data (should stay near zero).</summary>
    public TimeSpan Waited { get; private set; }

    public async ValueTask<Episode> NextAsync(CancellationToken cancel = default)
    {
        if (_channel.Reader.TryRead(out var ready)) return ready;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var episode = await _channel.Reader.ReadAsync(cancel).ConfigureAwait(false);
        Waited += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return episode;
    }

    private async Task Produce(IEpisodeSource source, long start, int workers, CancellationToken cancel)
    {
        // A sliding window of `workers` episodes in flight; written to the channel in index order.
        var pending = new Queue<Task<Episode>>();
        var next = start;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                while (pending.Count < workers)
                {
                    var index = next++;
                    pending.Enqueue(Task.Run(() => source.Get(index), cancel));
                }
                await _channel.Writer.WriteAsync(await pending.Dequeue().ConfigureAwait(false), cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception error)
        {
            _channel.Writer.TryComplete(error);
            return;
        }
        _channel.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _producer.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
