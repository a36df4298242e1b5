using System.Numerics;

namespace Mona.Animation.Landmarks;

/// <summary>
/// Rotation, uniform scale and translation: x' = a·x − b·y + tx, y' = b·x + a·y + ty, with
/// scale √(a² + b²) and angle atan2(b, a). No reflection.
/// </summary>
public readonly record struct Similarity2D(float A, float B, float Tx, float Ty)
{
    public static Similarity2D Identity => new(1, 0, 0, 0);

    public float Scale => MathF.Sqrt(A * A + B * B);

    public Vector2 Apply(Vector2 p) => new(A * p.X - B * p.Y + Tx, B * p.X + A * p.Y + Ty);

    /// <summary>Rotates and scales a displacement (no translation).</summary>
    public Vector2 ApplyLinear(Vector2 v) => new(A * v.X - B * v.Y, B * v.X + A * v.Y);

    public Affine2D ToAffine() => new(A, -B, Tx, B, A, Ty);

    public Similarity2D Invert()
    {
        var s2 = A * A + B * B;
        if (s2 < 1e-20f) throw new InvalidOperationException("similarity with zero scale has no inverse");
        float a = A / s2, b = -B / s2;
        return new(a, b, -(a * Tx - b * Ty), -(b * Tx + a * Ty));
    }

    /// <summary>The map "first this, then <paramref name="next"/>".</summary>
    public Similarity2D Then(Similarity2D next)
    {
        var t = next.Apply(new Vector2(Tx, Ty));
        return new(next.A * A - next.B * B, next.B * A + next.A * B, t.X, t.Y);
    }

    /// <summary>
    /// The least-squares similarity taking <paramref name="from"/> onto <paramref name="to"/> over
    /// the given point indices (all points when null): the closed form of Umeyama (1991) for 2-D,
    /// where with centred points p, q: a = Σ(p·q)/Σ|p|², b = Σ(p×q)/Σ|p|².
    /// </summary>
    public static Similarity2D Estimate(IReadOnlyList<Vector2> from, IReadOnlyList<Vector2> to, ReadOnlySpan<int> indices = default)
    {
        if (from.Count != to.Count) throw new ArgumentException($"point sets differ in size: {from.Count} and {to.Count}");
        var count = indices.IsEmpty ? from.Count : indices.Length;
        if (count < 2) throw new ArgumentException("a similarity needs at least two points");
        double mx = 0, my = 0, nx = 0, ny = 0;
        for (var k = 0; k < count; k++)
        {
            var i = indices.IsEmpty ? k : indices[k];
            mx += from[i].X; my += from[i].Y; nx += to[i].X; ny += to[i].Y;
        }
        mx /= count; my /= count; nx /= count; ny /= count;
        double dot = 0, cross = 0, norm = 0;
        for (var k = 0; k < count; k++)
        {
            var i = indices.IsEmpty ? k : indices[k];
            double px = from[i].X - mx, py = from[i].Y - my, qx = to[i].X - nx, qy = to[i].Y - ny;
            dot += px * qx + py * qy;
            cross += px * qy - py * qx;
            norm += px * px + py * py;
        }
        if (norm < 1e-20) throw new ArgumentException("the source points coincide; no similarity is defined");
        double a = dot / norm, b = cross / norm;
        return new((float)a, (float)b, (float)(nx - (a * mx - b * my)), (float)(ny - (b * mx + a * my)));
    }
}
