using System.Runtime.ExceptionServices;

namespace Mona.Kernels.Gemm;

/// <summary>
/// Runs chunks [0, n) of a job on the calling thread plus up to threads − 1 thread-pool helpers,
/// which claim chunks from a shared counter. The caller never waits for a helper that has not
/// started: if the OS gives the helpers no core (the machine is shared), the caller claims every
/// chunk itself and the op costs what it costs on one thread, instead of stalling. It waits only
/// for chunks a helper has claimed and not yet finished. (Parallel.For, by contrast, waits for
/// every replica it queued.)
/// </summary>
internal static class ChunkScheduler
{
    public static void Run<TJob>(TJob job, int chunks, int threads) where TJob : IChunkJob
    {
        if (chunks <= 0) return;
        if (threads <= 1 || chunks == 1)
        {
            var scratch = job.CreateScratch();
            try
            {
                for (var chunk = 0; chunk < chunks; chunk++) job.Execute(chunk, scratch);
            }
            finally
            {
                job.FreeScratch(scratch);
            }
            return;
        }
        var state = new State<TJob>(job, chunks);
        for (var helper = 1; helper < Math.Min(threads, chunks); helper++)
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.Work(), state, preferLocal: false);
        state.Work();
        // Not disposed: the helper that sets it may still be inside Set() when Wait() returns.
        state.Done.Wait();
        state.Error?.Throw();
    }

    private sealed class State<TJob>(TJob job, int chunks) where TJob : IChunkJob
    {
        private readonly int _chunks = chunks;
        private int _next;
        private int _remaining = chunks;

        public ManualResetEventSlim Done { get; } = new(false);

        public ExceptionDispatchInfo? Error { get; private set; }

        public void Work()
        {
            nint scratch = 0;
            var created = false;
            try
            {
                while (true)
                {
                    var chunk = Interlocked.Increment(ref _next) - 1;
                    if (chunk >= _chunks) break;
                    try
                    {
                        if (!created)
                        {
                            scratch = job.CreateScratch();
                            created = true;
                        }
                        job.Execute(chunk, scratch);
                    }
                    catch (Exception error)
                    {
                        Error ??= ExceptionDispatchInfo.Capture(error);
                    }
                    if (Interlocked.Decrement(ref _remaining) == 0) Done.Set();
                }
            }
            finally
            {
                if (created) job.FreeScratch(scratch);
            }
        }
    }
}
