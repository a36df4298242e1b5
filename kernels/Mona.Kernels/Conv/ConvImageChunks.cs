using Mona.Kernels.Elementwise;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// Forward convolution of (image, group) items [start, end), item = n·Groups + g, each as one
/// single-threaded GEMM (see <see cref="PackedConv2d.Forward"/>). Threads take whole images: one
/// fork per layer instead of one per image, and no chunk smaller than an image. The GEMM's
/// arithmetic per output element does not depend on how its columns are split, so the output is
/// the same as the per-image threaded path's.
/// </summary>
internal readonly unsafe struct ConvImageChunks(PackedMatrixA[] groups, float* x, float* y, float* bias, ConvGeometry geometry, Activation activation)
    : IChunkBody
{
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
            GemmDriver.Run(groups[g], new Im2ColSource(image, geometry), result, pixels, pixels, false, epilogue, 1);
        }
    }
}
