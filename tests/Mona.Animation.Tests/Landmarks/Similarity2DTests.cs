using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Tests.Landmarks;

public sealed class Similarity2DTests
{
    [Fact]
    public void Estimate_TransformedTemplate_RecoversTheTransform()
    {
        var from = CanonicalFace.Points2D();
        var truth = new Similarity2D(1.7f * MathF.Cos(0.3f), 1.7f * MathF.Sin(0.3f), 40, -12);
        var to = from.Select(truth.Apply).ToArray();
        var estimate = Similarity2D.Estimate(from, to);
        Assert.Equal(truth.A, estimate.A, 4);
        Assert.Equal(truth.B, estimate.B, 4);
        Assert.Equal(truth.Tx, estimate.Tx, 3);
        Assert.Equal(truth.Ty, estimate.Ty, 3);
    }

    [Fact]
    public void InvertAndThen_RoundTrip_IsIdentity()
    {
        var s = new Similarity2D(0.8f, -0.4f, 5, 9);
        var p = new Vector2(13, -7);
        Assert.Equal(0, Vector2.Distance(p, s.Then(s.Invert()).Apply(p)), 4);
        var affine = s.ToAffine();
        Assert.Equal(0, Vector2.Distance(s.Apply(p), affine.Apply(p)), 4);
        Assert.Equal(0, Vector2.Distance(p, affine.Then(affine.Invert()).Apply(p)), 4);
    }

    [Fact]
    public void Estimate_CoincidentPoints_Throws()
    {
        var same = Enumerable.Repeat(new Vector2(3, 3), 68).ToArray();
        Assert.Throws<ArgumentException>(() => Similarity2D.Estimate(same, CanonicalFace.Points2D()));
    }
}
