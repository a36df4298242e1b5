namespace Mona.Kernels.Warp;

/// <summary>Outside samples repeat the edge pixel (PyTorch "border").</summary>
public readonly struct BorderPadding : IWarpPadding
{
    /// <summary>Clamps the coordinate to [0, size − 1].</summary>
    public float Fold(float pixel, WarpAxis axis) => MathF.Min(MathF.Max(pixel, 0f), axis.Size - 1f);
}
