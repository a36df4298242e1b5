using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Transfer;

/// <summary>
/// For a person with K shots: picks the shot whose face is closest in pose to a driving frame. Each
/// landmark set is brought onto the <see cref="CanonicalFace"/> by the similarity over the stable
/// points, which removes position, size and in-plane turn; what remains (out-of-plane turns, and
/// expression) is compared by the mean point distance.
/// </summary>
public static class ShotSelector
{
    /// <summary>The index of the shot closest to <paramref name="driving"/>.</summary>
    public static int Closest(IReadOnlyList<IReadOnlyList<Vector2>> shots, IReadOnlyList<Vector2> driving)
    {
        ArgumentNullException.ThrowIfNull(shots);
        if (shots.Count == 0) throw new ArgumentException("there are no shots to choose from", nameof(shots));
        var target = Normalise(driving);
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var k = 0; k < shots.Count; k++)
        {
            var shape = Normalise(shots[k]);
            var distance = shape.Zip(target).Average(p => Vector2.Distance(p.First, p.Second));
            if (distance < bestDistance) (best, bestDistance) = (k, distance);
        }
        return best;
    }

    private static Vector2[] Normalise(IReadOnlyList<Vector2> points)
    {
        FaceRegions.Check(points, nameof(points));
        var toCanonical = Similarity2D.Estimate(points, CanonicalFace.Points2D(), FaceRegions.Stable);
        return points.Select(toCanonical.Apply).ToArray();
    }
}
