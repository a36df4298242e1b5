using System.Numerics;
using Mona.Animation.Presets;
using Mona.Animation.Tests.Support;
using Mona.Animation.Warping;

namespace Mona.Animation.Tests.Warping;

public sealed class MouthInteriorFillTests
{
    [Fact]
    public void Apply_OpenedMouth_DarkensTheInnerMouthSoftly()
    {
        var frame = TestFaces.Pattern(256, 256, seed: 1);
        var before = frame.Clone();
        var source = TestFaces.NeutralCrop();
        var driven = TestFaces.InCrop(FaceModel.Landmarks(new FaceState(JawOpen: 1)));
        var strength = new MouthInteriorFill().Apply(frame, source, driven);
        Assert.Equal(1f, strength);
        // The middle of the opened mouth is the interior colour.
        var centre = (driven[62] + driven[66]) / 2;
        var i = ((int)centre.Y * 256 + (int)centre.X) * 3;
        Assert.Equal([46, 18, 20], frame.Pixels[i..(i + 3)]);
        // Outside the inner-lip outline nothing changed.
        for (var y = 0; y < 256; y++)
            for (var x = 0; x < 256; x++)
                if (MouthInteriorFill.SignedDistance(driven.AsSpan(60, 8), new Vector2(x, y)) <= 0)
                    Assert.Equal(before.Pixels.AsSpan((y * 256 + x) * 3, 3), frame.Pixels.AsSpan((y * 256 + x) * 3, 3));
        // Right inside the edge the blend is partial (the feather).
        var edge = driven[62] + new Vector2(0, 1);
        var e = ((int)MathF.Round(edge.Y) * 256 + (int)MathF.Round(edge.X)) * 3;
        Assert.NotEqual(46, frame.Pixels[e]);
    }

    [Fact]
    public void Apply_MouthNoMoreOpenThanTheSource_LeavesTheFrame()
    {
        var frame = TestFaces.Pattern(256, 256, seed: 2);
        var before = frame.Clone();
        var open = TestFaces.InCrop(FaceModel.Landmarks(new FaceState(JawOpen: 0.5f)));
        Assert.Equal(0f, new MouthInteriorFill().Apply(frame, open, open));
        Assert.Equal(0f, new MouthInteriorFill().Apply(frame, TestFaces.NeutralCrop(), TestFaces.NeutralCrop()));
        Assert.Equal(before.Pixels, frame.Pixels);
    }
}
