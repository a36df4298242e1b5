namespace Mona.Kernels.Warp;

/// <summary>
/// The out-of-range rule of a warp, as a struct the kernel is specialised on (one compiled kernel
/// per rule, no branch on a flag). It folds a pixel coordinate before bilinear sampling; taps that
/// are still outside the image after folding read 0.
/// </summary>
public interface IWarpPadding
{
    /// <summary>The coordinate to sample instead of <paramref name="pixel"/> on <paramref name="axis"/>.</summary>
    float Fold(float pixel, WarpAxis axis);
}
