using System.Numerics;
using Mona.Animation.Warping;

namespace Mona.Animation.Tests.Warping;

public sealed class ThinPlateSplineTests
{
    private static readonly Vector2[] Centres = Enumerable.Range(0, 12)
        .Select(i => new Vector2(MathF.Cos(i * 0.9f) * (1 + 0.1f * i), MathF.Sin(i * 1.3f) * (1 + 0.05f * i))).ToArray();

    [Fact]
    public void Fit_WithoutRegularization_InterpolatesEveryControlPoint()
    {
        var values = Centres.Select((c, i) => c + new Vector2(MathF.Sin(i), MathF.Cos(2 * i)) * 0.3f).ToArray();
        var spline = ThinPlateSpline.Fit(Centres, values, 0);
        for (var i = 0; i < Centres.Length; i++) Assert.True(Vector2.Distance(values[i], spline.Evaluate(Centres[i])) < 1e-4f, $"point {i}");
    }

    [Fact]
    public void Fit_AffineData_IsThatAffineMapEverywhere()
    {
        static Vector2 Map(Vector2 p) => new(1.2f * p.X - 0.3f * p.Y + 2, 0.4f * p.X + 0.9f * p.Y - 1);
        var spline = ThinPlateSpline.Fit(Centres, Centres.Select(Map).ToArray(), 0);
        foreach (var p in (Vector2[])[new(5, -3), new(0.25f, 0.5f), new(-2, 7)])
            Assert.True(Vector2.Distance(Map(p), spline.Evaluate(p)) < 1e-3f, $"at {p}");
    }

    [Fact]
    public void Fit_DuplicateCentres_NeedRegularization()
    {
        Vector2[] centres = [new(0, 0), new(1, 0), new(0, 1), new(0, 1)];
        Vector2[] values = [new(0, 0), new(1, 0), new(0, 1), new(0, 1.2f)];
        Assert.Throws<ArgumentException>(() => ThinPlateSpline.Fit(centres, values, 0));
        var spline = ThinPlateSpline.Fit(centres, values, 1e-3);
        Assert.True(Vector2.Distance(new Vector2(0, 1.1f), spline.Evaluate(new Vector2(0, 1))) < 0.05f);
    }
}
