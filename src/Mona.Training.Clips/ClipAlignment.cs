using System.Numerics;
using Mona.Imaging;
using Mona.Imaging.Faces;
using Mona.Sdk.Faces;

namespace Mona.Training.Clips;

/// <summary>
/// One crop for a whole clip: the align stage's similarity (five stable points to the canonical
/// template), fitted to the per-point median of the clip's faces. Fixed per clip rather than per
/// frame so the head still moves inside the crop, as in the paper's video crops: the landmarks
/// must then explain pose as well as expression.
/// </summary>
public static class ClipAlignment
{
    /// <summary>The image-to-crop similarity for a crop of side <paramref name="size"/>.</summary>
    /// <exception cref="ArgumentException">No face at all.</exception>
    public static AffineTransform2D ImageToCrop(IReadOnlyList<IReadOnlyList<Vector2>> faces, int size, double margin)
    {
        if (faces.Count == 0) throw new ArgumentException("the clip has no frame with a face", nameof(faces));
        var stable = faces.Select(FaceTemplate.StablePoints).ToList();
        var median = new Vector2[stable[0].Count];
        for (var p = 0; p < median.Length; p++)
            median[p] = new Vector2(Median(stable.Select(s => s[p].X)), Median(stable.Select(s => s[p].Y)));
        return SimilarityFit.Fit(median, FaceTemplate.Points(size, margin));
    }

    private static float Median(IEnumerable<float> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
