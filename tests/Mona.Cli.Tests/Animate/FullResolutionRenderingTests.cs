using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Evaluation;
using Mona.Animation.Landmarks;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;
using Mona.Cli.Tests.Support;
using Mona.Imaging;
using Mona.Media;
using Mona.Nn.Faces;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;
using Mona.Tensors;
using Xunit.Abstractions;

namespace Mona.Cli.Tests.Animate;

/// <summary>
/// The warp renderer at the picture's own resolution, on real photos: a neutral frame is the
/// photo itself, it keeps the photo's sharpness for small and large faces, and every face of a
/// group photo moves, apart faces exactly as if alone.
/// </summary>
public sealed class FullResolutionRenderingTests(ITestOutputHelper output)
{
    private static readonly Lazy<FaceModels> Models = new(() => FaceModels.Load(Repository.FaceApiModels!, new ComputeContext()));
    private readonly SkiaImageCodec _codec = new(new MediaOptions());

    [FaceModelsTheory]
    [InlineData(150)]
    [InlineData(700)]
    public void Render_DrivenByTheSourcesOwnLandmarks_ReturnsThePicture(int faceWidth)
    {
        var (picture, landmarks) = PortraitWithFace(faceWidth);
        using var renderer = Renderer(picture, landmarks, out var shot);

        var frame = renderer.Render(shot.CropLandmarks);

        var psnr = Psnr.Compute(frame, picture);
        output.WriteLine($"face {faceWidth} px in {picture.Width}×{picture.Height}: PSNR {psnr:F2} dB over the whole frame");
        Assert.True(psnr >= 45, $"PSNR {psnr:F2} dB < 45 dB");
    }

    [FaceModelsTheory]
    [InlineData(150)]
    [InlineData(700)]
    public void Render_NeutralPreset_KeepsTheFacesSharpness(int faceWidth)
    {
        var (picture, landmarks) = PortraitWithFace(faceWidth);
        using var renderer = Renderer(picture, landmarks, out var shot);
        var box = Box(landmarks);

        var frame = renderer.Render(CanonicalFace.Points2D().ToArray());
        var legacy = LegacyRender(picture, shot);

        var source = LaplacianVariance(picture, box);
        var ratio = LaplacianVariance(frame, box) / source;
        var legacyRatio = LaplacianVariance(legacy, box) / source;
        output.WriteLine($"face {faceWidth} px: Laplacian variance ratio {ratio:F4} (crop warp + paste-back: {legacyRatio:F4})");
        Assert.True(ratio >= 0.97, $"sharpness ratio {ratio:F4} < 0.97");
    }

    [FaceModelsFact]
    public void Render_CropOutputNeutral_MatchesTheAlignedCrop()
    {
        var (picture, landmarks) = PortraitWithFace(700);
        var shot = SourceShotFactory.FromLandmarks(picture, landmarks, 256);
        using var renderer = new PortraitRenderer(new ComputeContext(), [shot], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Crop, false);

        var crop = renderer.Render(CanonicalFace.Points2D().ToArray());

        // Read from the (box-shrunk) picture through the identity field: the same view as align's crop, resampled once.
        var psnr = Psnr.Compute(crop, shot.Crop);
        output.WriteLine($"crop output vs aligned crop: PSNR {psnr:F2} dB");
        Assert.Equal((256, 256), (crop.Width, crop.Height));
        Assert.True(psnr >= 28, $"PSNR {psnr:F2} dB < 28 dB");
    }

    [FaceModelsFact]
    public void Render_GroupPhoto_MovesEveryFaceAndApartFacesAsIfAlone()
    {
        var groups = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(Repository.ModelCache!, "face-api", "demo"), "*.jpg").Order(StringComparer.Ordinal))
        {
            var picture = _codec.Decode(path);
            var faces = Models.Value.Ssd.Detect(picture).OrderBy(d => d.X).Select(d => Models.Value.Landmarks.Detect(picture, d).Points.ToArray()).ToList();
            if (faces.Count < 2) continue;
            groups++;
            var shots = faces.Select(f => SourceShotFactory.FromLandmarks(picture, f, 256)).ToList();
            var talk = Animation.Presets.PresetMotionGenerator.Generate(Animation.Presets.MotionPreset.Nod, 1.2, 25)[7];
            using var group = PortraitRenderer.ForGroup(new ComputeContext(), shots, CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full);

            var frame = group.Render(Enumerable.Repeat<IReadOnlyList<Vector2>>(talk, shots.Count).ToArray());

            for (var k = 0; k < faces.Count; k++)
            {
                var motion = MeanDifference(picture, frame, Box(faces[k]));
                output.WriteLine($"{Path.GetFileName(path)} face {k}: mean change {motion:F2} levels inside its box");
                Assert.True(motion > 1, $"{Path.GetFileName(path)}: face {k} did not move ({motion:F2})");
                if (Overlaps(shots, k)) continue;
                using var alone = new PortraitRenderer(new ComputeContext(), [shots[k]], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full, false);
                var single = alone.Render(talk);
                var region = CropRegion(shots[k], picture);
                Assert.True(MeanDifference(single, frame, region) == 0, $"{Path.GetFileName(path)}: face {k} differs from rendering it alone");
            }
        }
        Assert.True(groups > 0, "no demo photo has two or more faces");
    }

    private static PortraitRenderer Renderer(RgbImage picture, IReadOnlyList<Vector2> landmarks, out SourceShot shot)
    {
        shot = SourceShotFactory.FromLandmarks(picture, landmarks, 256);
        return new PortraitRenderer(new ComputeContext(), [shot], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full, false);
    }

    /// <summary>The renderer before full-resolution sampling: warp the 256² crop, then paste it back bilinearly with a feathered mask.</summary>
    private static RgbImage LegacyRender(RgbImage picture, SourceShot shot)
    {
        using var animator = new WarpAnimator(new ComputeContext(), shot.Crop, shot.CropLandmarks);
        var crop = animator.Render(shot.CropLandmarks);
        return new PasteBack(picture.Width, picture.Height, crop.Width, crop.Height, shot.CropFromPicture).Apply(picture, crop);
    }

    /// <summary>A demo photo scaled so its largest face's box is <paramref name="faceWidth"/> pixels wide, with that face's landmarks.</summary>
    private (RgbImage Picture, Vector2[] Landmarks) PortraitWithFace(int faceWidth)
    {
        var photo = _codec.Decode(Path.Combine(Repository.ModelCache!, "face-api", "demo", "sample1.jpg"));
        var face = Models.Value.Ssd.Detect(photo).MaxBy(d => d.Width * d.Height)!;
        var scale = faceWidth / face.Width;
        var picture = ImageGeometry.Resize(photo, (int)Math.Round(photo.Width * scale), (int)Math.Round(photo.Height * scale));
        var detected = Models.Value.Ssd.Detect(picture).MaxBy(d => d.Width * d.Height)!;
        return (picture, Models.Value.Landmarks.Detect(picture, detected).Points.ToArray());
    }

    private static bool Overlaps(IReadOnlyList<SourceShot> shots, int k)
    {
        var a = CropBounds(shots[k]);
        return shots.Where((_, j) => j != k).Select(CropBounds).Any(b => a.X0 <= b.X1 && b.X0 <= a.X1 && a.Y0 <= b.Y1 && b.Y0 <= a.Y1);
    }

    private static (float X0, float Y0, float X1, float Y1) CropBounds(SourceShot shot)
    {
        var m = shot.CropFromPicture.Invert();
        Vector2[] corners = [m.Apply(Vector2.Zero), m.Apply(new Vector2(shot.Crop.Width, 0)), m.Apply(new Vector2(0, shot.Crop.Height)), m.Apply(new Vector2(shot.Crop.Width, shot.Crop.Height))];
        return (corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
    }

    private static (int X0, int Y0, int X1, int Y1) CropRegion(SourceShot shot, RgbImage picture)
    {
        var (x0, y0, x1, y1) = CropBounds(shot);
        return (Math.Max(0, (int)x0), Math.Max(0, (int)y0), Math.Min(picture.Width - 1, (int)x1), Math.Min(picture.Height - 1, (int)y1));
    }

    private static (int X0, int Y0, int X1, int Y1) Box(IReadOnlyList<Vector2> landmarks) =>
        ((int)landmarks.Min(p => p.X), (int)landmarks.Min(p => p.Y), (int)landmarks.Max(p => p.X), (int)landmarks.Max(p => p.Y));

    private static double MeanDifference(RgbImage a, RgbImage b, (int X0, int Y0, int X1, int Y1) box)
    {
        double sum = 0;
        long count = 0;
        for (var y = box.Y0; y <= box.Y1; y++)
            for (var x = 3 * box.X0; x < 3 * (box.X1 + 1); x++, count++)
                sum += Math.Abs(a.Row(y)[x] - b.Row(y)[x]);
        return sum / count;
    }

    /// <summary>Variance of the 4-neighbour Laplacian of the luma inside the box: the usual focus measure.</summary>
    private static double LaplacianVariance(RgbImage image, (int X0, int Y0, int X1, int Y1) box)
    {
        double Luma(int x, int y)
        {
            var row = image.Row(y);
            return 0.299 * row[3 * x] + 0.587 * row[3 * x + 1] + 0.114 * row[3 * x + 2];
        }
        double sum = 0, squares = 0;
        long n = 0;
        for (var y = Math.Max(1, box.Y0); y <= Math.Min(image.Height - 2, box.Y1); y++)
            for (var x = Math.Max(1, box.X0); x <= Math.Min(image.Width - 2, box.X1); x++, n++)
            {
                var l = Luma(x - 1, y) + Luma(x + 1, y) + Luma(x, y - 1) + Luma(x, y + 1) - 4 * Luma(x, y);
                sum += l;
                squares += l * l;
            }
        var mean = sum / n;
        return squares / n - mean * mean;
    }
}
