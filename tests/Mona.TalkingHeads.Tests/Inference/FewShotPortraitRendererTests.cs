using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Landmarks;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;
using Mona.TalkingHeads.Inference;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Tests.Inference;

/// <summary>The few-shot model's full-resolution frames, checked against the warp they paint over.</summary>
public sealed class FewShotPortraitRendererTests
{
    private static readonly ComputeContext Compute = new(threads: 2);

    [Fact]
    public void Render_UntrainedModel_EqualsTheFullResolutionWarpBitwise()
    {
        var (picture, landmarks) = Portrait();
        var model = new TalkingHeadModel(Compute, new TrainingRandom(3), TalkingHeadArchitecture.Tiny(64));
        using var renderer = new FewShotPortraitRenderer(Compute, model, [(picture, landmarks)], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full);
        var driving = Animation.Presets.PresetMotionGenerator.Generate(Animation.Presets.MotionPreset.Talk, 1, 25)[12];

        var frame = renderer.Render(driving);

        // The warp alone over the same network crop: an untrained G adds exactly nothing to it.
        var crop = renderer.Crop;
        var target = new MotionTransfer(crop.Landmarks, CanonicalFace.Points2D()).Apply(driving);
        var lattice = new WarpLattice(crop.Size, crop.Size, new WarpFieldOptions().CoarseStep);
        new WarpFieldBuilder().BuildLattice(crop.Landmarks, target, lattice);
        var warp = new RgbImage(picture.Width, picture.Height);
        new PictureWarper(picture.Width, picture.Height, [new FaceWarpGeometry(crop.CropFromPicture, crop.Size, crop.Size)]).Render(picture, [lattice], warp);
        Assert.Equal(warp.Pixels, frame.Pixels);
        Assert.NotEqual(picture.Pixels, frame.Pixels);
    }

    [Fact]
    public void Render_CorrectionPainted_ChangesOnlyTheCropsRegion()
    {
        var (picture, landmarks) = Portrait();
        var model = new TalkingHeadModel(Compute, new TrainingRandom(3), TalkingHeadArchitecture.Tiny(64));
        // Any non-zero correction (here all head weights at 0.05) must show up inside the crop and nowhere else.
        foreach (var (name, p) in model.NamedParameters())
            if (name.EndsWith("head.weight", StringComparison.Ordinal)) p.Value.Span.Fill(0.05f);
        using var renderer = new FewShotPortraitRenderer(Compute, model, [(picture, landmarks)], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full);

        var frame = renderer.Render(CanonicalFace.Points2D());

        var pictureFromCrop = renderer.Crop.CropFromPicture.Invert();
        var inside = pictureFromCrop.Apply(new Vector2(renderer.Crop.Size / 2f));
        Assert.NotEqual(Pixel(picture, inside), Pixel(frame, inside));
        Assert.Equal(Pixel(picture, new Vector2(2, 2)), Pixel(frame, new Vector2(2, 2)));
    }

    [Fact]
    public void Render_CropOutput_IsTheNetworksSize()
    {
        var (picture, landmarks) = Portrait();
        var model = new TalkingHeadModel(Compute, new TrainingRandom(3), TalkingHeadArchitecture.Tiny(64));
        using var renderer = new FewShotPortraitRenderer(Compute, model, [(picture, landmarks)], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Crop);

        var crop = renderer.Render(CanonicalFace.Points2D());

        Assert.Equal((64, 64), (crop.Width, crop.Height));
        Assert.Equal((64, 64), (renderer.Width, renderer.Height));
    }

    /// <summary>A textured 400×300 picture with the canonical face laid into it (no detector needed).</summary>
    private static (RgbImage Picture, Vector2[] Landmarks) Portrait()
    {
        var picture = new RgbImage(400, 300);
        for (var y = 0; y < picture.Height; y++)
            for (var x = 0; x < picture.Width; x++)
            {
                var row = picture.Row(y);
                row[3 * x] = (byte)(128 + 100 * MathF.Sin(x * 0.21f));
                row[3 * x + 1] = (byte)(128 + 100 * MathF.Sin(y * 0.17f));
                row[3 * x + 2] = (byte)((x * 7 + y * 3) % 256);
            }
        var landmarks = CanonicalFace.Points2D().Select(p => new Vector2(200, 130) + 60 * p).ToArray();
        return (picture, landmarks);
    }

    private static byte[] Pixel(RgbImage image, Vector2 p) => image.Row((int)p.Y).Slice(3 * (int)p.X, 3).ToArray();
}
