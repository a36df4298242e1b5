using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Landmarks;
using Mona.Animation.Presets;
using Mona.Animation.Tests.Support;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;
using Mona.Media;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Animation.Tests.EndToEnd;

/// <summary>
/// The chain a generate stage runs, on a real painting: preset → motion transfer → warp → paste-back
/// into the 512² picture. The landmarks are the template fitted by hand to the Mona Lisa crop (eyes at
/// y ≈ 108, mouth at y ≈ 173) until the faces stages provide detected ones.
/// </summary>
public sealed class PresetAnimationTests
{
    private static readonly Affine2D CropFromFrame = Alignment();

    private static Affine2D Alignment()
    {
        var turn = new Similarity2D(0.9f * MathF.Cos(0.08f), 0.9f * MathF.Sin(0.08f), 0, 0);
        var shift = new Vector2(128, 128) - turn.Apply(new Vector2(256, 230));
        return (turn with { Tx = shift.X, Ty = shift.Y }).ToAffine();
    }

    [DataFact]
    public void TalkPreset_OnMonaLisa_MovesTheMouthAndLeavesTheRestOfThePictureIdentical()
    {
        var image = new SkiaImageCodec(new MediaOptions()).Decode(SharedData.Portrait("mona-lisa.jpg"));
        var side = Math.Min(image.Width, image.Height);
        var frame = TestFaces.Resample(image, (image.Width - side) / 2f, 0, side, 512);
        var crop = TestFaces.Cut(frame, CropFromFrame.Invert(), 256);
        var source = CanonicalFace.Points2D().Select(p => new Vector2(124 + 58 * p.X, 108 + 68 * p.Y)).ToArray();

        var driving = PresetMotionGenerator.Generate(MotionPreset.Talk, 2, 25, seed: 1);
        var transfer = new MotionTransfer(source, CanonicalFace.Points2D());
        using var animator = new WarpAnimator(new ComputeContext(threads: 1), crop, source);
        var paste = new PasteBack(512, 512, 256, 256, CropFromFrame);
        var mask = paste.Mask();
        var mouthCentre = CropFromFrame.Invert().Apply((source[62] + source[66]) / 2);

        // Cutting and pasting back resamples twice; compare against that round trip, so only motion counts.
        var roundTrip = paste.Apply(frame, crop);
        var outputs = driving.Select(d => paste.Apply(frame, animator.Render(transfer.Apply(d)))).ToList();
        Assert.Equal(50, outputs.Count);
        var mouthChanges = outputs.Select(o => MeanChange(roundTrip, o, (x, y) => Vector2.Distance(new Vector2(x, y), mouthCentre) < 20)).ToArray();
        Assert.True(mouthChanges[0] < 0.5, $"the first frame is the portrait itself, but its mouth changed by {mouthChanges[0]:F1}");
        Assert.True(mouthChanges.Max() > 15, $"the mouth changes at most {mouthChanges.Max():F1} levels");
        Assert.True(mouthChanges.Count(c => c > 8) > 10, "the mouth opens in too few frames");
        foreach (var output in outputs)
            for (var i = 0; i < mask.Length; i++)
                if (mask[i] == 0 && !output.Pixels.AsSpan(3 * i, 3).SequenceEqual(frame.Pixels.AsSpan(3 * i, 3)))
                    Assert.Fail($"pixel ({i % 512}, {i / 512}) outside the face crop changed");
    }

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
}
