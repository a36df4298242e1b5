using System.Runtime.ExceptionServices;

namespace Mona.Kernels.Elementwise;

/// <summary>
/// One parallel run of a chunk body: chunks are claimed one at a time from a shared counter by
/// the calling thread and by pool workers alike. The caller never waits for a worker to start —
/// if the machine is busy and no worker gets a core, the caller simply claims every chunk — it
/// only waits for chunks a worker has already claimed. A worker that arrives late finds no
/// chunk left and returns without touching anything else.
/// </summary>
internal sealed class ChunkJob<TBody>(TBody body, int count, int chunks) : IThreadPoolWorkItem
    where TBody : struct, IChunkBody
{
    private readonly ManualResetEventSlim _done = new(false);
    private readonly int _chunks = chunks;
    private int _next = -1;
    private int _remaining = chunks;
    private Exception? _error;

    /// <summary>Runs the job on the caller plus <paramref name="helpers"/> pool threads and rethrows the first failure.</summary>
    public void Run(int helpers)
    {
        for (var k = 0; k < helpers; k++) ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        Execute();
        // Not disposed: the worker that finished the last chunk may still be inside Set().
        _done.Wait();
        if (_error is not null) ExceptionDispatchInfo.Capture(_error).Throw();
    }

    /// <summary>Claims and runs chunks until none is left.</summary>
    public void Execute()
    {
        int i;
        while ((i = Interlocked.Increment(ref _next)) < _chunks)
        {
            try
            {
                if (Volatile.Read(ref _error) is null)
                    body.Run((int)((long)count * i / _chunks), (int)((long)count * (i + 1) / _chunks));
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _error, e, null);
            }
            if (Interlocked.Decrement(ref _remaining) == 0) _done.Set();
        }
    }
}
