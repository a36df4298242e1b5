namespace Mona.Benchmarks.Cases;

/// <summary>
/// A family of cases sharing a speed target and a correctness tolerance.
/// </summary>
/// <param name="Name">Shown in tables and the chart legend.</param>
/// <param name="Target">The least acceptable ratio ORT time / Mona time.</param>
/// <param name="Atol">Absolute part of the tolerance |mona − ort| ≤ atol + rtol·|ort|.</param>
/// <param name="Rtol">Relative part of the tolerance.</param>
public sealed record CaseGroup(string Name, double Target, float Atol, float Rtol)
{
    /// <summary>AdaIN is memory-bound and ORT runs it single-threaded: Mona should be well ahead.</summary>
    public static readonly CaseGroup AdaIn = new("AdaIN", 1.5, 1e-4f, 1e-4f);

    /// <summary>Bilinear warp: ORT's GridSample is mostly scalar; Mona should at least match it.</summary>
    public static readonly CaseGroup Warp = new("warp", 1.0, 1e-4f, 1e-4f);

    /// <summary>Convolutions: ORT runs at 85–94% of peak, so 80% of its speed is the aim. Sums of
    /// up to 4608 products in another order differ by a few ulps of the result.</summary>
    public static readonly CaseGroup Conv = new("conv", 0.8, 1e-3f, 1e-3f);

    public static IReadOnlyList<CaseGroup> All { get; } = [AdaIn, Warp, Conv];
}
