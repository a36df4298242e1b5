namespace Mona.Kernels.Elementwise;

/// <summary>
/// target += factor·source: the gradient accumulation of the training tape (an op's output
/// gradient added onto its input's). Memory-bound: threads split the elements into fixed
/// contiguous chunks when the span is large enough to pay for the fork; every element is computed
/// the same way on any thread count.
/// </summary>
public static unsafe class ScaledAdd
{
    /// <param name="target">Accumulated; at least as long as <paramref name="source"/>; must not overlap it.</param>
    public static void Run(ReadOnlySpan<float> source, float factor, Span<float> target, int threads)
    {
        if (target.Length < source.Length) throw new ArgumentException($"target has {target.Length} values, source {source.Length}", nameof(target));
        if (source.IsEmpty) return;
        if (source.Overlaps(target)) throw new ArgumentException("scaled add target overlaps its source", nameof(target));
        // Three streams per element: source read, target read and written.
        fixed (float* s = source, t = target)
            ParallelChunks.Run(new ScaledAddChunks(s, factor, t), source.Length, threads, 3);
    }
}
