namespace Mona.Kernels.Warp;

/// <summary>Outside samples mirror the image about its edge (PyTorch "reflection").</summary>
public readonly struct ReflectionPadding : IWarpPadding
{
    /// <summary>
    /// Reflects the coordinate between the mirrors m = ReflectLow and m + span (span = ReflectSpan):
    /// with d = |p − m|, k = ⌊d / span⌋ and r = d − k·span, the result is m + r when k is even and
    /// m + span − r when odd; then clamped to [0, size − 1] (not aligned, the mirrors sit half a
    /// pixel outside the centres). A single pixel (span 0) always reads pixel 0.
    /// </summary>
    public float Fold(float pixel, WarpAxis axis)
    {
        var span = axis.ReflectSpan;
        if (span <= 0f) return 0f;
        var distance = MathF.Abs(pixel - axis.ReflectLow);
        var flips = MathF.Floor(distance / span);
        var rest = distance - flips * span;
        var even = flips - 2f * MathF.Floor(flips * 0.5f) == 0f;
        var reflected = even ? axis.ReflectLow + rest : axis.ReflectLow + span - rest;
        return MathF.Min(MathF.Max(reflected, 0f), axis.Size - 1f);
    }
}
