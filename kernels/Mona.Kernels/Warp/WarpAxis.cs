namespace Mona.Kernels.Warp;

/// <summary>
/// How one axis of a warp maps a normalised grid coordinate g ∈ [-1, 1] to a pixel coordinate,
/// precomputed on the host so the kernel needs no align-corners flag:
/// pixel = g·<see cref="Scale"/> + <see cref="Offset"/>, with Scale = (size − 1)/2 when corners are
/// aligned (−1 and 1 hit the corner pixel centres) and size/2 otherwise (they hit the outer edges);
/// Offset = (size − 1)/2 in both cases.
/// </summary>
/// <param name="Size">Pixels along the axis.</param>
/// <param name="Scale">Multiplier of the normalised coordinate.</param>
/// <param name="Offset">Pixel coordinate of g = 0.</param>
/// <param name="ReflectLow">Lower mirror of reflection padding: 0 (aligned) or −0.5 (not aligned).</param>
/// <param name="ReflectSpan">Distance between the two mirrors: size − 1 (aligned) or size (not aligned).</param>
public readonly record struct WarpAxis(int Size, float Scale, float Offset, float ReflectLow, float ReflectSpan)
{
    /// <summary>Axis constants for <paramref name="size"/> pixels.</summary>
    public static WarpAxis Create(int size, bool alignCorners) => alignCorners
        ? new WarpAxis(size, (size - 1) * 0.5f, (size - 1) * 0.5f, 0f, size - 1)
        : new WarpAxis(size, size * 0.5f, (size - 1) * 0.5f, -0.5f, size);
}
