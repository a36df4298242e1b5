using Mona.Kernels.Elementwise;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// Forward convolution of (image, group) items [start, end), item = n·Groups + g, each as one
/// single-threaded GEMM (see <see cref="PackedConv2d.Forward"/>; <see cref="FlippedKernelDataGradient"/>
/// runs its adjoint convolution through it too, accumulating). Threads take whole images: one
/// fork per layer instead of one per image, and no chunk smaller than an image. The GEMM's
/// arithmetic per output element does not depend on how its columns are split, so the output is
/// the same as the per-image threaded path's.
/// </summary>
internal readonly unsafe struct ConvImageChunks(
    PackedMatrixA[] groups, float* x, float* y, float* bias, ConvGeometry geometry, Activation activation, bool accumulate = false) : IChunkBody
{
    /// <summary>Whole images balance between the threads: the batch divides evenly, or is long enough that dynamic claiming evens it out.</summary>
    public static bool Applies(int items, int threads) => threads > 1 && (items % threads == 0 || items >= 4 * threads);

    /// <summary>Runs every (image, group) item; one chunk is never smaller than an image.</summary>
    public void RunAll(int threads)
    {
        var items = geometry.Batch * geometry.Groups;
        ParallelChunks.Run(this, items, threads, long.MaxValue / items);
    }

    public void Run(int start, int end)
    {
        int groupIn = geometry.GroupInChannels, groupOut = geometry.GroupOutChannels;
        var inPlane = geometry.Height * geometry.Width;
        var pixels = geometry.OutHeight * geometry.OutWidth;
        for (var item = start; item < end; item++)
        {
            int n = item / geometry.Groups, g = item % geometry.Groups;
            var image = x + ((long)n * geometry.InChannels + g * groupIn) * inPlane;
            var result = y + ((long)n * geometry.OutChannels + g * groupOut) * pixels;
            var epilogue = new GemmEpilogue(bias == null ? null : bias + g * groupOut, null, activation);
            GemmDriver.Run(groups[g], new Im2ColSource(image, geometry), result, pixels, pixels, accumulate, epilogue, 1);
        }
    }
}
