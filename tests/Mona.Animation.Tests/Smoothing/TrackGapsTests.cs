using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Animation.Smoothing;

namespace Mona.Animation.Tests.Smoothing;

public sealed class TrackGapsTests
{
    private static Vector2[] FaceAt(float x) => CanonicalFace.Points2D().Select(p => 50 * p + new Vector2(x, 100)).ToArray();

    // Frames 0 and 3–4 and 6 have no face; the face moves 10 px right per frame.
    private static readonly IReadOnlyList<Vector2>?[] Track = [null, FaceAt(110), FaceAt(120), null, null, FaceAt(150), null];

    [Fact]
    public void Fill_Interpolate_LinearInsideHoldAtEnds()
    {
        var filled = TrackGaps.Fill(Track, MissingFacePolicy.Interpolate);
        Assert.Equal(4, filled.MissingCount);
        Assert.Equal(7, filled.Frames.Length);
        float[] expectedX = [110, 110, 120, 130, 140, 150, 150];
        for (var i = 0; i < 7; i++) Assert.Equal(expectedX[i] + 50 * CanonicalFace.Points2D()[30].X, filled.Frames[i][30].X, 3);
    }

    [Fact]
    public void Fill_HoldLast_RepeatsThePreviousFace()
    {
        var filled = TrackGaps.Fill(Track, MissingFacePolicy.HoldLast);
        Assert.Equal(FaceAt(120), filled.Frames[3]);
        Assert.Equal(FaceAt(120), filled.Frames[4]);
        Assert.Equal(FaceAt(110), filled.Frames[0]); // nothing before: the first found face
        Assert.Equal(FaceAt(150), filled.Frames[6]);
    }

    [Fact]
    public void Fill_Skip_DropsMissingFramesAndKeepsTheirIndices()
    {
        var filled = TrackGaps.Fill(Track, MissingFacePolicy.Skip);
        Assert.Equal([1, 2, 5], filled.SourceFrames);
        Assert.Equal(3, filled.Frames.Length);
        Assert.Equal(4, filled.MissingCount);
    }

    [Fact]
    public void Fill_NoFaceAnywhere_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => TrackGaps.Fill([null, null], MissingFacePolicy.HoldLast));
        Assert.Contains("no face in any of the 2 frames", error.Message);
    }
}
