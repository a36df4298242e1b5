using System.Numerics;
using Mona.Sdk.Faces;

namespace Mona.Imaging.Tests;

public sealed class SimilarityFitTests
{
    private static readonly Vector2[] Points = [new(10, 20), new(50, 22), new(31, 45), new(15, 70), new(48, 69)];

    [Fact]
    public void Fit_PointsMovedByAKnownSimilarity_RecoversIt()
    {
        var angle = 0.4;
        var scale = 1.7;
        var known = new AffineTransform2D(scale * Math.Cos(angle), -scale * Math.Sin(angle), 12.5,
            scale * Math.Sin(angle), scale * Math.Cos(angle), -7.25);

        var fitted = SimilarityFit.Fit(Points, [.. Points.Select(known.Apply)]);

        Assert.Equal(known.A, fitted.A, 4);
        Assert.Equal(known.B, fitted.B, 4);
        Assert.Equal(known.C, fitted.C, 3);
        Assert.Equal(known.D, fitted.D, 4);
        Assert.Equal(known.E, fitted.E, 4);
        Assert.Equal(known.F, fitted.F, 3);
        Assert.Equal(scale, fitted.Scale, 4);
    }

    [Fact]
    public void Fit_NoisyTargets_IsTheLeastSquaresSolution()
    {
        Vector2[] noise = [new(0.5f, -0.3f), new(-0.2f, 0.4f), new(0.1f, 0.1f), new(-0.6f, -0.2f), new(0.3f, 0.2f)];
        var targets = Points.Select((p, i) => new Vector2(2 * p.X + 5, 2 * p.Y - 3) + noise[i]).ToArray();

        var fitted = SimilarityFit.Fit(Points, targets);

        // Any small change of the four parameters increases the squared error.
        var best = Error(fitted, targets);
        foreach (var delta in new[] { 1e-3, -1e-3 })
        {
            Assert.True(Error(fitted with { A = fitted.A + delta, E = fitted.E + delta }, targets) > best);
            Assert.True(Error(fitted with { B = fitted.B - delta, D = fitted.D + delta }, targets) > best);
            Assert.True(Error(fitted with { C = fitted.C + delta }, targets) > best);
            Assert.True(Error(fitted with { F = fitted.F + delta }, targets) > best);
        }
    }

    [Fact]
    public void Fit_CoincidentSourcePoints_Throws() =>
        Assert.Throws<ArgumentException>(() => SimilarityFit.Fit([new(1, 1), new(1, 1)], [new(0, 0), new(1, 0)]));

    [Fact]
    public void Inverse_OfASimilarity_ComposesToTheIdentity()
    {
        var map = SimilarityFit.Fit(Points, [.. Points.Select(p => new Vector2(-p.Y * 0.5f + 3, p.X * 0.5f + 9))]);

        var identity = map.Inverse().After(map);

        foreach (var p in Points)
        {
            var back = identity.Apply(p);
            Assert.True(Vector2.Distance(p, back) < 1e-3f, $"{p} came back as {back}");
        }
    }

    private static double Error(AffineTransform2D map, Vector2[] targets) =>
        Points.Select((p, i) => (double)Vector2.DistanceSquared(map.Apply(p), targets[i])).Sum();
}
