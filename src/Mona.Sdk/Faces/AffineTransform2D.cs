using System.Numerics;

namespace Mona.Sdk.Faces;

/// <summary>
/// A 2×3 affine map of the plane, <c>(x, y) → (A·x + B·y + C, D·x + E·y + F)</c>, in pixel
/// coordinates whose integers are pixel centres.
/// </summary>
public sealed record AffineTransform2D(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The map that changes nothing.</summary>
    public static AffineTransform2D Identity { get; } = new(1, 0, 0, 0, 1, 0);

    /// <summary>Maps a point.</summary>
    public Vector2 Apply(Vector2 point) =>
        new((float)(A * point.X + B * point.Y + C), (float)(D * point.X + E * point.Y + F));

    /// <summary>The map that undoes this one.</summary>
    /// <exception cref="InvalidOperationException">The map is singular (it flattens the plane).</exception>
    public AffineTransform2D Inverse()
    {
        var det = A * E - B * D;
        if (Math.Abs(det) < 1e-12) throw new InvalidOperationException($"affine transform {this} is singular");
        // Inverse of the linear part, then the translation mapped back through it.
        double ia = E / det, ib = -B / det, id = -D / det, ie = A / det;
        return new AffineTransform2D(ia, ib, -(ia * C + ib * F), id, ie, -(id * C + ie * F));
    }

    /// <summary>The map that applies <paramref name="first"/>, then this one.</summary>
    public AffineTransform2D After(AffineTransform2D first) => new(
        A * first.A + B * first.D, A * first.B + B * first.E, A * first.C + B * first.F + C,
        D * first.A + E * first.D, D * first.B + E * first.E, D * first.C + E * first.F + F);

    /// <summary>The uniform scale of a similarity transform (the length of its first column).</summary>
    public double Scale => Math.Sqrt(A * A + D * D);
}
