namespace Mona.Kernels.Elementwise;

/// <summary>
/// Splits <c>count</c> uniform items into one contiguous chunk per thread. Forking costs a few
/// microseconds, so small jobs run inline on the caller: a thread is only added for every
/// <see cref="MinWorkPerThread"/> units of work (roughly one float touched = one unit).
/// </summary>
internal static class ParallelChunks
{
    /// <summary>About 5–10 µs of streaming work: below this a second thread does not pay for itself.</summary>
    public const long MinWorkPerThread = 24_576;

    /// <summary>Runs <paramref name="body"/> over [0, count) on up to <paramref name="threads"/> threads.</summary>
    /// <param name="workPerItem">Approximate cost of one item, in floats touched.</param>
    public static void Run<TBody>(TBody body, int count, int threads, long workPerItem)
        where TBody : struct, IChunkBody
    {
        if (count <= 0) return;
        var byWork = Math.Max(1L, count * Math.Max(1L, workPerItem) / MinWorkPerThread);
        var chunks = (int)Math.Min(Math.Min(threads, count), byWork);
        if (chunks <= 1)
        {
            body.Run(0, count);
            return;
        }
        // Static, equal chunks: the items are uniform, and the caller's thread takes chunk 0.
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks },
            i => body.Run((int)((long)count * i / chunks), (int)((long)count * (i + 1) / chunks)));
    }
}
