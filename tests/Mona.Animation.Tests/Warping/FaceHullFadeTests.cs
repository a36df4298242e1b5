using System.Numerics;
using Mona.Animation.Warping;

namespace Mona.Animation.Tests.Warping;

public sealed class FaceHullFadeTests
{
    private static readonly Vector2[] Square = [new(10, 10), new(30, 10), new(30, 30), new(10, 30), new(20, 20), new(15, 25)];

    [Fact]
    public void Weight_InsideTheHull_IsOne()
    {
        var fade = new FaceHullFade(Square, band: 8);
        Assert.Equal(4, fade.Hull.Count);
        foreach (var p in new Vector2[] { new(20, 20), new(10.5f, 29.5f), new(30, 30) }) Assert.Equal(1f, fade.Weight(p));
    }

    [Fact]
    public void Weight_OutsideTheHull_FallsSmoothlyToZeroAtTheBand()
    {
        var fade = new FaceHullFade(Square, band: 8);
        var previous = 1f;
        for (var d = 0.5f; d <= 10; d += 0.5f)
        {
            var w = fade.Weight(new Vector2(30 + d, 20));
            Assert.True(w <= previous, $"weight rose from {previous} to {w} at distance {d}");
            Assert.Equal(w, fade.Weight(new Vector2(20, 10 - d)), 5);   // same distance from another side, same weight
            previous = w;
        }
        Assert.Equal(0.5f, fade.Weight(new Vector2(34, 20)), 5);
        Assert.Equal(0f, fade.Weight(new Vector2(38, 20)));
    }
}
