namespace Mona.Animation.Smoothing;

/// <summary>
/// Tuning of the one-euro filter (Casiez, Roussel and Vogel, CHI 2012). Lower
/// <paramref name="MinCutoff"/> removes more jitter when still; higher <paramref name="Beta"/>
/// removes more lag when moving. The defaults suit landmarks in inter-ocular units (as
/// <see cref="LandmarkSmoother"/> feeds them) at 25–30 fps: on a 1 unit/s ramp they lag under
/// 1.5 frames, and at rest they cut jitter by more than 2.5× (see the filter's tests).
/// </summary>
/// <param name="MinCutoff">Cutoff frequency in Hz at rest.</param>
/// <param name="Beta">Cutoff increase per unit of speed (signal units per second).</param>
/// <param name="DerivativeCutoff">Cutoff in Hz of the low-pass on the speed estimate.</param>
public sealed record OneEuroOptions(double MinCutoff = 1.0, double Beta = 2.0, double DerivativeCutoff = 1.0)
{
    /// <summary>Throws when a parameter is out of range.</summary>
    public void Validate()
    {
        if (!(MinCutoff > 0)) throw new ArgumentOutOfRangeException(nameof(MinCutoff), MinCutoff, "must be positive");
        if (!(Beta >= 0)) throw new ArgumentOutOfRangeException(nameof(Beta), Beta, "must not be negative");
        if (!(DerivativeCutoff > 0)) throw new ArgumentOutOfRangeException(nameof(DerivativeCutoff), DerivativeCutoff, "must be positive");
    }
}
