using System.Numerics;
using Mona.Animation.Presets;
using Mona.Animation.Tests.Support;
using Mona.Animation.Warping;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Animation.Tests.Warping;

/// <summary>
/// Warps a real painting's crop with the template landmarks laid over it (no detector here: the
/// assertions are about where pixels change, which does not need the landmarks to sit on its features).
/// </summary>
public sealed class WarpAnimatorTests
{
    private static double MeanChange(RgbImage a, RgbImage b, Func<int, int, bool> region)
    {
        double sum = 0;
        var count = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
            {
                if (!region(x, y)) continue;
                for (var c = 0; c < 3; c++) sum += Math.Abs(a.Pixels[(y * a.Width + x) * 3 + c] - b.Pixels[(y * a.Width + x) * 3 + c]);
                count += 3;
            }
        return sum / count;
    }

    [DataFact]
    public void Render_TalkingFrame_ChangesTheMouthAndKeepsTheBorder()
    {
        var crop = TestFaces.PortraitCrop();
        var source = TestFaces.NeutralCrop();
        using var animator = new WarpAnimator(new ComputeContext(threads: 1), crop, source);
        var driven = TestFaces.InCrop(FaceModel.Landmarks(new FaceState(JawOpen: 0.8f)));
        var frame = animator.Render(driven);
        var mouth = source[57];
        var mouthChange = MeanChange(crop, frame, (x, y) => Vector2.Distance(new Vector2(x, y), mouth + new Vector2(0, 8)) < 14);
        var borderChange = MeanChange(crop, frame, (x, y) => x < 6 || y < 6 || x >= 250 || y >= 250);
        Assert.True(mouthChange > 20, $"mouth region changes by {mouthChange:F1} levels");
        Assert.True(borderChange < 2, $"border band changes by {borderChange:F2} levels");
        // The eyes did not move.
        var eyes = MeanChange(crop, frame, (x, y) => Vector2.Distance(new Vector2(x, y), source[37]) < 6 || Vector2.Distance(new Vector2(x, y), source[44]) < 6);
        Assert.True(eyes < 2, $"eyes change by {eyes:F2} levels");
    }

    [DataFact]
    public void Render_NeutralLandmarks_ReturnsTheCrop()
    {
        var crop = TestFaces.PortraitCrop();
        var source = TestFaces.NeutralCrop();
        using var animator = new WarpAnimator(new ComputeContext(threads: 1), crop, source);
        var frame = animator.Render(source);
        Assert.True(crop.Pixels.Zip(frame.Pixels).Max(p => Math.Abs(p.First - p.Second)) <= 1);
    }

    [DataFact]
    public void Render_ClosedEyes_PullsTheUpperLidDown()
    {
        var crop = TestFaces.PortraitCrop();
        var source = TestFaces.NeutralCrop();
        using var animator = new WarpAnimator(new ComputeContext(threads: 1), crop, source);
        var frame = animator.Render(TestFaces.InCrop(FaceModel.Landmarks(new FaceState(BlinkRight: 1, BlinkLeft: 1))));
        // Rows between the open lids now show what was just above the upper lid in the source.
        var eye = (source[37] + source[38] + source[40] + source[41]) / 4;
        var lidBand = MeanChange(crop, frame, (x, y) => Math.Abs(x - eye.X) < 8 && Math.Abs(y - eye.Y) < 3);
        var mouth = MeanChange(crop, frame, (x, y) => Vector2.Distance(new Vector2(x, y), source[62]) < 10);
        Assert.True(lidBand > 3, $"eye band changes by {lidBand:F1} levels");
        Assert.True(mouth < 1, $"mouth changes by {mouth:F2} levels");
    }
}
