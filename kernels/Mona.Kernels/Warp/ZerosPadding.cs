namespace Mona.Kernels.Warp;

/// <summary>Outside taps read 0 (PyTorch "zeros").</summary>
public readonly struct ZerosPadding : IWarpPadding
{
    /// <summary>
    /// Leaves the coordinate where it is, only clamping it to [−2, size + 1]: far-off values would
    /// overflow the int cast, and anything beyond that range has all four taps outside anyway.
    /// </summary>
    public float Fold(float pixel, WarpAxis axis) => MathF.Min(MathF.Max(pixel, -2f), axis.Size + 1f);
}
