namespace Mona.Animation.Evaluation;

/// <summary>CSIM: the cosine of the angle between two identity descriptors (1 same direction, 0 orthogonal).</summary>
public static class CosineSimilarity
{
    public static double Compute(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) throw new ArgumentException($"descriptors differ in length: {a.Length} and {b.Length}");
        if (a.IsEmpty) throw new ArgumentException("descriptors are empty");
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }
        if (na == 0 || nb == 0) throw new ArgumentException("a descriptor is all zeros; its direction is undefined");
        return dot / Math.Sqrt(na * nb);
    }
}
