using System.Numerics;

namespace Mona.Animation.Landmarks;

/// <summary>
/// A 2×3 affine map: x' = M11·x + M12·y + M13, y' = M21·x + M22·y + M23 (the layout of OpenCV's
/// warpAffine matrices and of the align stage's crop transform).
/// </summary>
public readonly record struct Affine2D(float M11, float M12, float M13, float M21, float M22, float M23)
{
    public static Affine2D Identity => new(1, 0, 0, 0, 1, 0);

    public Vector2 Apply(Vector2 p) => new(M11 * p.X + M12 * p.Y + M13, M21 * p.X + M22 * p.Y + M23);

    /// <summary>Applies only the linear part (for displacements).</summary>
    public Vector2 ApplyLinear(Vector2 v) => new(M11 * v.X + M12 * v.Y, M21 * v.X + M22 * v.Y);

    public float Determinant => M11 * M22 - M12 * M21;

    /// <summary>The inverse map.</summary>
    /// <exception cref="InvalidOperationException">The matrix is singular.</exception>
    public Affine2D Invert()
    {
        var det = (double)M11 * M22 - (double)M12 * M21;
        if (Math.Abs(det) < 1e-12) throw new InvalidOperationException($"affine map {this} is singular");
        double a = M22 / det, b = -M12 / det, c = -M21 / det, d = M11 / det;
        return new((float)a, (float)b, (float)(-(a * M13 + b * M23)), (float)c, (float)d, (float)(-(c * M13 + d * M23)));
    }

    /// <summary>The map "first this, then <paramref name="next"/>".</summary>
    public Affine2D Then(Affine2D next) => new(
        next.M11 * M11 + next.M12 * M21, next.M11 * M12 + next.M12 * M22, next.M11 * M13 + next.M12 * M23 + next.M13,
        next.M21 * M11 + next.M22 * M21, next.M21 * M12 + next.M22 * M22, next.M21 * M13 + next.M22 * M23 + next.M23);
}
