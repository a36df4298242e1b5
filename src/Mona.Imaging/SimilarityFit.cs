using System.Numerics;
using Mona.Sdk.Faces;

namespace Mona.Imaging;

/// <summary>
/// Least-squares similarity (rotation, uniform scale, translation; no reflection or shear)
/// between two point sets, the Umeyama / Procrustes closed form.
/// </summary>
public static class SimilarityFit
{
    /// <summary>
    /// The similarity T minimising Σ |T(from[i]) − to[i]|². With both sets centred on their means
    /// (p, q), T's linear part is [a −b; b a] with a = Σ(p·q)/Σ|p|² and b = Σ(p×q)/Σ|p|²
    /// (dot and 2-D cross products); the shift maps the mean of <paramref name="from"/> to that of <paramref name="to"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two points, unequal counts, or all source points equal.</exception>
    public static AffineTransform2D Fit(IReadOnlyList<Vector2> from, IReadOnlyList<Vector2> to)
    {
        if (from.Count != to.Count) throw new ArgumentException($"point counts differ: {from.Count} and {to.Count}");
        if (from.Count < 2) throw new ArgumentException("a similarity needs at least two point pairs");
        var (fx, fy) = Mean(from);
        var (tx, ty) = Mean(to);
        double dot = 0, cross = 0, norm = 0;
        for (var i = 0; i < from.Count; i++)
        {
            double px = from[i].X - fx, py = from[i].Y - fy, qx = to[i].X - tx, qy = to[i].Y - ty;
            dot += px * qx + py * qy;
            cross += px * qy - py * qx;
            norm += px * px + py * py;
        }
        if (norm < 1e-12) throw new ArgumentException("the source points all coincide; no similarity is defined");
        double a = dot / norm, b = cross / norm;
        return new AffineTransform2D(a, -b, tx - (a * fx - b * fy), b, a, ty - (b * fx + a * fy));
    }

    private static (double X, double Y) Mean(IReadOnlyList<Vector2> points)
    {
        double x = 0, y = 0;
        foreach (var p in points)
        {
            x += p.X;
            y += p.Y;
        }
        return (x / points.Count, y / points.Count);
    }
}
