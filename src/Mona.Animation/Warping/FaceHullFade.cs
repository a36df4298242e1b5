using System.Numerics;

namespace Mona.Animation.Warping;

/// <summary>
/// A weight that keeps a warp's displacement on the face: 1 inside the convex hull of the 68
/// landmarks, falling (smoothstep) to 0 at <c>band</c> pixels outside it. Applied to a landmark
/// warp it lets the face, its landmarks included, move fully while hair, neck and background are
/// moved less the farther they are, instead of being dragged by the spline's global extrapolation.
/// </summary>
public sealed class FaceHullFade
{
    private readonly Vector2[] _hull;
    private readonly float _band;

    /// <param name="landmarks">The face's landmarks (any number ≥ 3), in the field's pixels.</param>
    /// <param name="band">Width of the fall-off outside the hull, pixels (positive).</param>
    public FaceHullFade(IReadOnlyList<Vector2> landmarks, float band)
    {
        if (!(band > 0)) throw new ArgumentOutOfRangeException(nameof(band), band, "must be positive");
        _hull = ConvexHull(landmarks);
        _band = band;
    }

    /// <summary>The hull, counter-clockwise in image coordinates (y down), for inspection.</summary>
    public IReadOnlyList<Vector2> Hull => _hull;

    /// <summary>The weight at <paramref name="p"/>: 1 inside the hull, smoothstep to 0 over the band outside.</summary>
    public float Weight(Vector2 p)
    {
        var outside = DistanceOutside(p);
        if (outside <= 0) return 1;
        var u = Math.Clamp(1 - outside / _band, 0f, 1f);
        return u * u * (3 - 2 * u);
    }

    /// <summary>Distance from p to the hull when outside it, 0 inside.</summary>
    private float DistanceOutside(Vector2 p)
    {
        var inside = true;
        var best = float.MaxValue;
        for (int i = 0, j = _hull.Length - 1; i < _hull.Length; j = i++)
        {
            Vector2 a = _hull[j], b = _hull[i];
            var edge = b - a;
            // Monotone chain gives the hull with positive cross products; a negative one puts p outside this edge.
            if (edge.X * (p.Y - a.Y) - edge.Y * (p.X - a.X) < 0) inside = false;
            var t = Math.Clamp(Vector2.Dot(p - a, edge) / Math.Max(edge.LengthSquared(), 1e-12f), 0f, 1f);
            best = Math.Min(best, Vector2.Distance(p, a + t * edge));
        }
        return inside ? 0 : best;
    }

    /// <summary>Andrew's monotone chain: the convex hull with consistently positive turns.</summary>
    private static Vector2[] ConvexHull(IReadOnlyList<Vector2> points)
    {
        if (points.Count < 3) throw new ArgumentException("a hull needs at least 3 points", nameof(points));
        var sorted = points.OrderBy(p => p.X).ThenBy(p => p.Y).ToArray();
        var hull = new Vector2[2 * sorted.Length];
        var k = 0;
        static float Cross(Vector2 o, Vector2 a, Vector2 b) => (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
        foreach (var p in sorted)
        {
            while (k >= 2 && Cross(hull[k - 2], hull[k - 1], p) <= 0) k--;
            hull[k++] = p;
        }
        for (int i = sorted.Length - 2, lower = k + 1; i >= 0; i--)
        {
            var p = sorted[i];
            while (k >= lower && Cross(hull[k - 2], hull[k - 1], p) <= 0) k--;
            hull[k++] = p;
        }
        return hull[..(k - 1)];
    }
}
