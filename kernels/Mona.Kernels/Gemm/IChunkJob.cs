namespace Mona.Kernels.Gemm;

/// <summary>
/// Work cut into numbered chunks for <see cref="ChunkScheduler"/>. Each participating thread
/// creates one scratch buffer (a GEMM's B pack buffer, a padded plane) on its first chunk and
/// frees it when no chunks are left; jobs that need none return 0.
/// </summary>
internal interface IChunkJob
{
    nint CreateScratch();

    void Execute(int chunk, nint scratch);

    void FreeScratch(nint scratch);
}
