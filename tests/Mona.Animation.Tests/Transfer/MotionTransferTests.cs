using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Animation.Presets;
using Mona.Animation.Transfer;

namespace Mona.Animation.Tests.Transfer;

public sealed class MotionTransferTests
{
    // A source face: the template, a bit wider (another person), at 90 px per unit, rotated 5°.
    private static readonly Similarity2D SourcePlacement = new(90 * MathF.Cos(0.087f), 90 * MathF.Sin(0.087f), 250, 180);
    private static readonly Vector2[] Source = CanonicalFace.Points2D().Select(p => SourcePlacement.Apply(new Vector2(p.X * 1.1f, p.Y))).ToArray();

    // A driver: the template at 40 px per unit, rotated −10°, elsewhere in its own video.
    private static readonly Similarity2D DriverPlacement = new(40 * MathF.Cos(-0.17f), 40 * MathF.Sin(-0.17f), 100, 60);

    private static Vector2[] Driver(FaceState state) => FaceModel.Landmarks(state).Select(DriverPlacement.Apply).ToArray();

    [Fact]
    public void Apply_NeutralDriving_ReturnsTheSource()
    {
        var transfer = new MotionTransfer(Source, Driver(FaceState.Neutral));
        var result = transfer.Apply(Driver(FaceState.Neutral));
        Assert.True(MaxDistance(result, Source) < 1e-3f);
    }

    [Fact]
    public void Apply_OpenMouth_TransfersTheOpeningRescaledToTheSource()
    {
        var transfer = new MotionTransfer(Source, Driver(FaceState.Neutral));
        var driving = Driver(new FaceState(JawOpen: 1));
        var result = transfer.Apply(driving);
        // Measured in each face's own inter-ocular units, the mouth opens by the same amount.
        var drivingGain = FaceRegions.MouthOpening(driving) / FaceRegions.InterOcularDistance(driving)
                          - FaceRegions.MouthOpening(Driver(FaceState.Neutral)) / FaceRegions.InterOcularDistance(Driver(FaceState.Neutral));
        var sourceGain = FaceRegions.MouthOpening(result) / FaceRegions.InterOcularDistance(result)
                         - FaceRegions.MouthOpening(Source) / FaceRegions.InterOcularDistance(Source);
        Assert.True(drivingGain > 0.3f);
        // Rescaled by the similarity over the stable points, which the wider source face skews a little.
        Assert.InRange(sourceGain, 0.95f * drivingGain, 1.05f * drivingGain);
        // The source keeps its own (wider) face: its eyes and brows did not move.
        for (var i = 17; i < 48; i++) Assert.True(Vector2.Distance(Source[i], result[i]) < 0.5f, $"point {i} moved");
    }

    [Fact]
    public void Apply_DriverMovesRigidly_HeadPoseFollowsOnlyWhenAsked()
    {
        var neutral = Driver(FaceState.Neutral);
        // The driver's head moves 8 px right (0.2 of its unit) and turns 6° in the image.
        var motion = new Similarity2D(MathF.Cos(0.1f), MathF.Sin(0.1f), 0, 0);
        var centre = neutral.Aggregate(Vector2.Add) / 68;
        var moved = neutral.Select(p => motion.Apply(p - centre) + centre + new Vector2(8, 0)).ToArray();

        var still = new MotionTransfer(Source, neutral, new MotionTransferOptions(TransferHeadPose: false)).Apply(moved);
        Assert.True(MaxDistance(still, Source) < 0.05f, $"expression-only transfer moved {MaxDistance(still, Source)} px");

        var follow = new MotionTransfer(Source, neutral).Apply(moved);
        var sourceMotion = Similarity2D.Estimate(Source, follow);
        Assert.Equal(0.1f, MathF.Atan2(sourceMotion.B, sourceMotion.A), 3);
        Assert.Equal(1f, sourceMotion.Scale, 3);
        // The 8 px shift is rescaled by the face-size ratio (about 90/40 × the wider source's factor).
        var ratio = Similarity2D.Estimate(neutral, Source, FaceRegions.Stable).Scale;
        Assert.InRange(ratio, 2.2f, 2.5f);
        var shift = follow.Aggregate(Vector2.Add) / 68 - Source.Aggregate(Vector2.Add) / 68;
        Assert.InRange(shift.Length(), 0.97f * 8 * ratio, 1.03f * 8 * ratio);
    }

    [Fact]
    public void Apply_Absolute_GivesTheDriversShapeInTheSourcesPlace()
    {
        var transfer = new MotionTransfer(Source, Driver(FaceState.Neutral), new MotionTransferOptions(MotionTransferMode.Absolute));
        var result = transfer.Apply(Driver(FaceState.Neutral));
        // The template shape (not the source's wider one), placed by a similarity.
        var placed = Similarity2D.Estimate(CanonicalFace.Points2D(), result);
        Assert.True(MaxDistance(CanonicalFace.Points2D().Select(placed.Apply).ToArray(), result) < 1e-2f);
        Assert.True(MaxDistance(result, Source) > 3f);
    }

    [Fact]
    public void Constructor_WrongPointCount_NamesTheArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => new MotionTransfer(Source[..60], Source));
        Assert.Contains("sourceLandmarks", error.Message);
        Assert.Contains("60", error.Message);
    }

    private static float MaxDistance(Vector2[] a, Vector2[] b) => a.Zip(b).Max(p => Vector2.Distance(p.First, p.Second));
}
