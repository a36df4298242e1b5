using System.Numerics;
using Mona.Nn.Faces;

namespace Mona.Nn.Tests.Faces;

public sealed class FaceLandmarks68Tests
{
    [Fact]
    public void AlignedBox_EyesAndMouth_FollowFaceApiDlibAlignment()
    {
        // Left eye centre (40, 50), right eye (80, 50), mouth (60, 95): eye-to-mouth = √(20² + 45²) ≈ 49.244,
        // side ⌊49.244/0.45⌋ = 109, reference centre (60, 65) → corner (⌊60 − 54.5⌋, ⌊65 − 46.87⌋) = (5, 18).
        var points = new Vector2[68];
        for (var i = 36; i < 42; i++) points[i] = new Vector2(40, 50);
        for (var i = 42; i < 48; i++) points[i] = new Vector2(80, 50);
        for (var i = 48; i < 68; i++) points[i] = new Vector2(60, 95);
        var landmarks = new FaceLandmarks68(points, regionWidth: 120, regionHeight: 130);

        Assert.Equal((5, 18, 109, 109), landmarks.AlignedBox());
        Assert.Equal(40f, landmarks.InterOcularDistance);
    }

    [Fact]
    public void Constructor_WrongPointCount_SaysHowManyItGot()
    {
        var error = Assert.Throws<ArgumentException>(() => new FaceLandmarks68(new Vector2[5], 10, 10));

        Assert.Contains("got 5", error.Message);
    }
}
