using System.Numerics;
using Mona.Animation.Presets;
using Mona.Animation.Transfer;

namespace Mona.Animation.Tests.Transfer;

public sealed class ShotSelectorTests
{
    private static Vector2[] Face(float yaw, float scale, Vector2 at) =>
        FaceModel.Landmarks(new FaceState(Yaw: yaw)).Select(p => scale * p + at).ToArray();

    [Theory]
    [InlineData(-0.35f, 0)]
    [InlineData(0.05f, 1)]
    [InlineData(0.25f, 2)]
    public void Closest_TurnedDriver_PicksTheShotTurnedTheSameWay(float drivingYaw, int expected)
    {
        // Shots of different sizes and places: size and position must not decide.
        Vector2[][] shots = [Face(-0.3f, 80, new(300, 200)), Face(0, 40, new(90, 60)), Face(0.3f, 120, new(500, 400))];
        Assert.Equal(expected, ShotSelector.Closest(shots, Face(drivingYaw, 55, new(200, 150))));
    }

    [Fact]
    public void Closest_NoShots_Throws() =>
        Assert.Throws<ArgumentException>(() => ShotSelector.Closest([], Face(0, 50, Vector2.Zero)));
}
