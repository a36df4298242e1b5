namespace Mona.Training.Tests.Support.Reference;

/// <summary>Float64 losses of Zakharov et al. by their formulas.</summary>
internal static class LossReference
{
    /// <summary>mean |a − b|.</summary>
    public static double L1(double[] a, double[] b) => a.Zip(b, (p, q) => Math.Abs(p - q)).Average();

    /// <summary>mean max(0, 1 − real) + mean max(0, 1 + fake).</summary>
    public static double HingeDiscriminator(double[] real, double[] fake) =>
        real.Average(r => Math.Max(0, 1 - r)) + fake.Average(f => Math.Max(0, 1 + f));

    /// <summary>−mean fake.</summary>
    public static double HingeGenerator(double[] fake) => -fake.Average();

    /// <summary>Σ_i mean |fake_i − real_i|.</summary>
    public static double FeatureMatching(IReadOnlyList<double[]> real, IReadOnlyList<double[]> fake) =>
        real.Zip(fake, (r, f) => L1(f, r)).Sum();

    /// <summary>mean |ê − W_i| (L1 between the embedding and the identity column).</summary>
    public static double EmbeddingMatch(double[] embedding, double[] identityColumn) => L1(embedding, identityColumn);
}
