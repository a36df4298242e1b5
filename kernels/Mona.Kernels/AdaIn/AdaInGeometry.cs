namespace Mona.Kernels.AdaIn;

/// <summary>
/// The scalars of one AdaIN launch, passed to the kernel by value.
/// </summary>
/// <param name="Channels">C of the NCHW input.</param>
/// <param name="Plane">H·W, the floats per (n, c) plane.</param>
/// <param name="AffineSampleStride">C when γ/β are per sample (N·C values), 0 when shared by all samples (C values).</param>
/// <param name="Epsilon">Added to the variance before the square root.</param>
/// <param name="InversePlane">1 / Plane, so the kernel multiplies instead of dividing.</param>
public readonly record struct AdaInGeometry(int Channels, int Plane, int AffineSampleStride, float Epsilon, float InversePlane)
{
    /// <summary>Checks the sizes against the buffers and builds the launch scalars.</summary>
    public static AdaInGeometry Create(long inputLength, int n, int c, int plane, long gammaLength, long betaLength, float epsilon)
    {
        if (n <= 0 || c <= 0 || plane <= 0)
            throw new ArgumentException($"AdaIN needs positive sizes, got n={n}, c={c}, plane={plane}");
        if (inputLength != (long)n * c * plane)
            throw new ArgumentException($"AdaIN input holds {inputLength} floats but n·c·plane = {(long)n * c * plane}");
        if (gammaLength != betaLength)
            throw new ArgumentException($"AdaIN γ has {gammaLength} values but β has {betaLength}");
        var stride = gammaLength == (long)n * c ? c
            : gammaLength == c ? 0
            : throw new ArgumentException($"AdaIN γ/β must hold n·c = {(long)n * c} or c = {c} values, got {gammaLength}");
        if (!(epsilon >= 0f)) throw new ArgumentException($"AdaIN ε must be ≥ 0, got {epsilon}");
        return new AdaInGeometry(c, plane, stride, epsilon, 1f / plane);
    }
}
