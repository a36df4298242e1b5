using System.Diagnostics;

namespace Mona.Kernels.Threading;

/// <summary>
/// A persistent group of background threads (one per core beyond the caller's, created on first
/// use) that helps run parallel regions. Handing a region to an idle worker costs a store and, if
/// the worker has gone to sleep, one event set: a worker spins for <see cref="SpinMicroseconds"/>
/// after each region before blocking, so the back-to-back regions of a network find it awake.
/// (Queueing on the .NET thread pool instead costs a pool thread's wake-up, tens of microseconds,
/// which dominated layers of 0.1–2 ms.)
/// <para>
/// Each worker has a one-slot mailbox; posting overwrites it. Losing a post is harmless: regions
/// never wait for a helper that has not started (<see cref="IRegionWork"/>), so two callers posting
/// at once, or a region posted while a worker is still busy, only means less help. A thread that
/// is already inside a region runs nested regions inline (see <see cref="InRegion"/>).
/// </para>
/// </summary>
internal static class WorkerGroup
{
    /// <summary>How long an idle worker polls its mailbox before blocking on its event.</summary>
    public const int SpinMicroseconds = 80;

    private static readonly long SpinTicks = Math.Max(1, Stopwatch.Frequency * SpinMicroseconds / 1_000_000);

    private static readonly Lazy<Worker[]> Workers = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static bool _inRegion;

    /// <summary>True on a worker thread, and on a caller while it runs its share of a region.</summary>
    public static bool InRegion => _inRegion;

    /// <summary>Number of helper threads the group can lend to one region.</summary>
    public static int Capacity => Workers.Value.Length;

    /// <summary>
    /// Runs <paramref name="region"/> on the caller and on up to <paramref name="helpers"/> workers.
    /// Returns when the caller's own <see cref="IRegionWork.Work"/> returns; the region itself
    /// decides what to wait for (only chunks that a helper claimed).
    /// </summary>
    public static void Run(IRegionWork region, int helpers)
    {
        if (helpers > 0 && !_inRegion)
        {
            var workers = Workers.Value;
            for (var k = 0; k < Math.Min(helpers, workers.Length); k++) workers[k].Post(region);
        }
        var outer = _inRegion;
        _inRegion = true;
        try
        {
            region.Work();
        }
        finally
        {
            _inRegion = outer;
        }
    }

    /// <summary>
    /// Waits for <paramref name="done"/> the way a worker waits for work: polls it for
    /// <see cref="SpinMicroseconds"/> before blocking, since a helper finishing its last chunk of a
    /// short region would otherwise cost the caller a kernel wake-up.
    /// </summary>
    public static void Wait(ManualResetEventSlim done)
    {
        var started = Stopwatch.GetTimestamp();
        var spinner = new SpinWait();
        while (!done.IsSet && Stopwatch.GetTimestamp() - started < SpinTicks) spinner.SpinOnce(sleep1Threshold: -1);
        done.Wait();
    }

    private static Worker[] Create()
    {
        var workers = new Worker[Math.Max(1, Environment.ProcessorCount - 1)];
        for (var k = 0; k < workers.Length; k++) workers[k] = new Worker(k);
        return workers;
    }

    private sealed class Worker
    {
        private readonly ManualResetEventSlim _wake = new(false, spinCount: 0);
        private IRegionWork? _mailbox;

        public Worker(int index)
        {
            var thread = new Thread(Loop) { IsBackground = true, Name = $"Mona kernel worker {index + 1}" };
            thread.Start();
        }

        public void Post(IRegionWork region)
        {
            Volatile.Write(ref _mailbox, region);
            // Set is a store when nobody waits; the worker re-checks its mailbox after Reset, so a
            // post that races with it going to sleep is never lost.
            _wake.Set();
        }

        private void Loop()
        {
            _inRegion = true;
            while (true)
            {
                var region = Take();
                try
                {
                    region.Work();
                }
                catch (Exception)
                {
                    // Work keeps failures for its caller; never let a stray one kill the worker.
                }
            }
        }

        private IRegionWork Take()
        {
            var started = Stopwatch.GetTimestamp();
            var spinner = new SpinWait();
            while (true)
            {
                var region = Interlocked.Exchange(ref _mailbox, null);
                if (region is not null) return region;
                if (Stopwatch.GetTimestamp() - started < SpinTicks)
                {
                    spinner.SpinOnce(sleep1Threshold: -1);
                    continue;
                }
                _wake.Reset();
                region = Interlocked.Exchange(ref _mailbox, null);
                if (region is not null) return region;
                _wake.Wait();
                started = Stopwatch.GetTimestamp();
                spinner.Reset();
            }
        }
    }
}
