using Mona.Kernels.Elementwise;
using Mona.Kernels.Gemm;
using Mona.Kernels.Threading;

namespace Mona.Kernels.Tests.Threading;

/// <summary>
/// The persistent worker group behind <see cref="ChunkScheduler"/> and <see cref="ParallelChunks"/>:
/// every chunk exactly once over many back-to-back and concurrent regions, failures surface on the
/// caller without killing a worker, nested regions run inline instead of deadlocking.
/// </summary>
public sealed class WorkerGroupTests
{
    /// <summary>Deadlock guard only: a healthy run takes well under a second.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(1);

    [Fact]
    public void Run_ThousandsOfBackToBackRegions_RunEachChunkExactlyOnce()
    {
        for (var region = 0; region < 3000; region++)
        {
            var chunks = 1 + region % 9;
            var job = new RecordingJob(chunks, failAt: -1, nested: false);
            ChunkScheduler.Run(job, chunks, threads: 2 + region % 3);
            Assert.All(job.Runs, count => Assert.Equal(1, count));
        }
    }

    [Fact]
    public void Run_SlowChunks_WorkersTakeSomeOfThem()
    {
        var caller = Environment.CurrentManagedThreadId;
        var helped = false;
        for (var region = 0; region < 50 && !helped; region++)
        {
            var job = new RecordingJob(8, failAt: -1, nested: false, sleepMs: 1);
            ChunkScheduler.Run(job, 8, threads: 2);
            Assert.All(job.Runs, count => Assert.Equal(1, count));
            helped = job.Threads.Any(id => id != caller);
        }
        Assert.True(helped, $"no chunk of 50 regions ran off the caller thread ({WorkerGroup.Capacity} workers)");
    }

    [Fact]
    public void Run_ChunkFailsInManyRegions_EachRethrowsAndLaterRegionsStillComplete()
    {
        for (var region = 0; region < 200; region++)
        {
            var failAt = region % 6;
            var job = new RecordingJob(6, failAt, nested: false);
            var error = Assert.Throws<InvalidOperationException>(() => ChunkScheduler.Run(job, 6, threads: 2));
            Assert.Equal($"chunk {failAt} failed", error.Message);
            Assert.Equal(5, job.Runs.Count(count => count == 1));
        }
        var healthy = new RecordingJob(64, failAt: -1, nested: false);
        ChunkScheduler.Run(healthy, 64, threads: 2);
        Assert.All(healthy.Runs, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Run_NestedRegionsInsideChunks_CompleteWithEveryInnerItemOnce()
    {
        var outer = new RecordingJob(16, failAt: -1, nested: true);
        var run = Task.Factory.StartNew(() =>
        {
            for (var region = 0; region < 100; region++) ChunkScheduler.Run(outer, 16, threads: 4);
        }, TaskCreationOptions.LongRunning);
        // A deadlock surfaces as a TimeoutException here instead of hanging the suite.
        await run.WaitAsync(Hang);
        Assert.All(outer.Runs, count => Assert.Equal(100, count));
        Assert.All(outer.InnerVisits, count => Assert.Equal(100, count));
    }

    [Fact]
    public async Task Run_TwoCallersAtOnce_BothSeeEveryChunkExactlyOnce()
    {
        void Caller(int seed)
        {
            for (var region = 0; region < 1000; region++)
            {
                var chunks = 1 + (region + seed) % 7;
                var visits = new int[chunks * 100];
                ParallelChunks.Run(new CountVisits(visits), visits.Length, threads: 2, workPerItem: ParallelChunks.MinWorkPerChunk);
                Assert.All(visits, v => Assert.Equal(1, v));
            }
        }
        var callers = new[] { 0, 3 }.Select(seed => Task.Factory.StartNew(() => Caller(seed), TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(callers).WaitAsync(Hang);
    }

    /// <summary>Counts runs per chunk and the threads that ran them; optionally fails, sleeps or nests.</summary>
    private sealed class RecordingJob(int chunks, int failAt, bool nested, int sleepMs = 0) : IChunkJob
    {
        public const int InnerItems = 50;

        private readonly int[] _threads = new int[chunks];

        public int[] Runs { get; } = new int[chunks];

        public int[] InnerVisits { get; } = new int[chunks * InnerItems];

        public IEnumerable<int> Threads => _threads;

        public nint CreateScratch() => 1;

        public void Execute(int chunk, nint scratch)
        {
            if (chunk == failAt) throw new InvalidOperationException($"chunk {chunk} failed");
            if (sleepMs > 0) Thread.Sleep(sleepMs);
            if (nested)
            {
                // A kernel calling parallel kernels inside its chunk: one of each dispatcher.
                var inner = new InnerJob(InnerVisits, chunk * InnerItems);
                ChunkScheduler.Run(inner, InnerItems / 2, threads: 2);
                ParallelChunks.Run(new CountRange(InnerVisits, chunk * InnerItems + InnerItems / 2),
                    InnerItems / 2, threads: 2, workPerItem: ParallelChunks.MinWorkPerChunk);
            }
            _threads[chunk] = Environment.CurrentManagedThreadId;
            Interlocked.Increment(ref Runs[chunk]);
        }

        public void FreeScratch(nint scratch)
        {
        }
    }

    private readonly struct InnerJob(int[] visits, int offset) : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void Execute(int chunk, nint scratch) => Interlocked.Increment(ref visits[offset + chunk]);

        public void FreeScratch(nint scratch)
        {
        }
    }

    private readonly struct CountRange(int[] visits, int offset) : IChunkBody
    {
        public void Run(int start, int end)
        {
            for (var i = start; i < end; i++) Interlocked.Increment(ref visits[offset + i]);
        }
    }

    private readonly struct CountVisits(int[] visits) : IChunkBody
    {
        public void Run(int start, int end)
        {
            for (var i = start; i < end; i++) Interlocked.Increment(ref visits[i]);
        }
    }
}
