namespace Mona.Sdk.Faces;

/// <summary>Arithmetic on identity descriptors, shared by stages and evaluation (CSIM).</summary>
public static class Descriptors
{
    /// <summary>
    /// Cosine similarity in [-1, 1]: the CSIM metric of talking-head papers when the descriptors
    /// come from the same recognition net. 0 when either vector is zero.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double CosineSimilarity(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        CheckLengths(a, b);
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Euclidean distance, face-api's match measure (the same person is usually below 0.6).</summary>
    public static double EuclideanDistance(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        CheckLengths(a, b);
        double sum = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var d = (double)a[i] - b[i];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>The element-wise mean of one or more descriptors, scaled to unit length (unchanged when it is zero).</summary>
    public static float[] NormalisedMean(IReadOnlyList<IReadOnlyList<float>> descriptors)
    {
        if (descriptors.Count == 0) throw new ArgumentException("no descriptors to average", nameof(descriptors));
        var mean = new double[descriptors[0].Count];
        foreach (var descriptor in descriptors)
        {
            CheckLengths(descriptors[0], descriptor);
            for (var i = 0; i < mean.Length; i++) mean[i] += descriptor[i];
        }
        var norm = Math.Sqrt(mean.Sum(v => v * v));
        return mean.Select(v => (float)(norm > 0 ? v / norm : v)).ToArray();
    }

    private static void CheckLengths(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        if (a.Count != b.Count) throw new ArgumentException($"descriptor lengths differ: {a.Count} and {b.Count}");
    }
}
