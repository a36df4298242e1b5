using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Tests.Elementwise;

/// <summary>The CPU parallel driver every kernel uses: each item exactly once, failures surface.</summary>
public sealed class ParallelChunksTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 2, 100_000)]
    [InlineData(1000, 2, 100)]
    [InlineData(1001, 4, 1000)]
    [InlineData(5, 8, 1_000_000)]
    public void Run_AnySplit_VisitsEveryItemOnce(int count, int threads, long workPerItem)
    {
        var visits = new int[count];
        ParallelChunks.Run(new CountVisits(visits), count, threads, workPerItem);
        Assert.All(visits, v => Assert.Equal(1, v));
    }

    [Fact]
    public void Run_BodyThrowsOnAWorker_RethrowsOnCaller()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ParallelChunks.Run(new ThrowAt(900), 1000, 2, 100_000));
        Assert.Contains("item 900", error.Message);
    }

    private readonly struct CountVisits(int[] visits) : IChunkBody
    {
        public void Run(int start, int end)
        {
            for (var i = start; i < end; i++) Interlocked.Increment(ref visits[i]);
        }
    }

    private readonly struct ThrowAt(int item) : IChunkBody
    {
        public void Run(int start, int end)
        {
            if (start <= item && item < end) throw new InvalidOperationException($"item {item} failed");
        }
    }
}
