namespace Mona.Kernels.Elementwise;

/// <summary>
/// Splits <c>count</c> uniform items into contiguous chunks run by up to <c>threads</c> threads.
/// Forking costs a few microseconds, so a chunk is never smaller than <see cref="MinWorkPerChunk"/>
/// units of work (roughly one float touched = one unit) and small jobs run inline on the caller.
/// There are up to four chunks per thread, claimed dynamically (<see cref="ChunkJob{TBody}"/>), so a
/// thread that is descheduled on a shared machine delays the op by one chunk at most.
/// </summary>
internal static class ParallelChunks
{
    /// <summary>About 3–5 µs of streaming work: less than that per chunk and the fork does not pay.</summary>
    public const long MinWorkPerChunk = 12_288;

    /// <summary>Runs <paramref name="body"/> over [0, count) on up to <paramref name="threads"/> threads.</summary>
    /// <param name="workPerItem">Approximate cost of one item, in floats touched.</param>
    public static void Run<TBody>(TBody body, int count, int threads, long workPerItem)
        where TBody : struct, IChunkBody
    {
        if (count <= 0) return;
        var byWork = Math.Max(1L, count * Math.Max(1L, workPerItem) / MinWorkPerChunk);
        var chunks = (int)Math.Min(Math.Min(4L * threads, count), byWork);
        if (threads <= 1 || chunks <= 1)
        {
            body.Run(0, count);
            return;
        }
        new ChunkJob<TBody>(body, count, chunks).Run(Math.Min(threads, chunks) - 1);
    }
}
