using Mona.Kernels.Gemm;

namespace Mona.Kernels.Tests.Gemm;

/// <summary>The scheduler behind every multi-threaded kernel: each chunk exactly once, scratch balanced, errors surfaced.</summary>
public sealed class ChunkSchedulerTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 37)]
    [InlineData(2, 37)]
    [InlineData(4, 3)]
    public void Run_AnyThreadCount_RunsEachChunkOnceAndFreesEveryScratch(int threads, int chunks)
    {
        var job = new CountingJob(chunks, failAt: -1);
        ChunkScheduler.Run(job, chunks, threads);
        Assert.All(job.Runs, count => Assert.Equal(1, count));
        Assert.True(job.Scratches >= 1 && job.Scratches <= Math.Min(threads, chunks));
        Assert.Equal(job.Scratches, job.Freed);
    }

    [Fact]
    public void Run_ChunkThrows_RethrowsAfterTheOtherChunksFinish()
    {
        var job = new CountingJob(20, failAt: 7);
        var error = Assert.Throws<InvalidOperationException>(() => ChunkScheduler.Run(job, 20, 2));
        Assert.Equal("chunk 7 failed", error.Message);
        Assert.Equal(19, job.Runs.Count(count => count == 1));
        Assert.Equal(job.Scratches, job.Freed);
    }

    private sealed class CountingJob(int chunks, int failAt) : IChunkJob
    {
        private int _scratches;
        private int _freed;

        public int[] Runs { get; } = new int[chunks];

        public int Scratches => _scratches;

        public int Freed => _freed;

        public nint CreateScratch() => Interlocked.Increment(ref _scratches);

        public void Execute(int chunk, nint scratch)
        {
            Assert.NotEqual(0, scratch);
            if (chunk == failAt) throw new InvalidOperationException($"chunk {chunk} failed");
            Interlocked.Increment(ref Runs[chunk]);
        }

        public void FreeScratch(nint scratch) => Interlocked.Increment(ref _freed);
    }
}
