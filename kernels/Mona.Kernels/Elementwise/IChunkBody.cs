namespace Mona.Kernels.Elementwise;

/// <summary>
/// The work of a CPU kernel over a contiguous range of independent items (planes, rows,
/// elements). A struct, so that the parallel driver is specialised per kernel and the body
/// holds raw pointers to pinned spans (spans cannot cross into pool threads).
/// </summary>
internal interface IChunkBody
{
    /// <summary>Processes items <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    void Run(int start, int end);
}
