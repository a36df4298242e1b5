using System.Numerics;
using Mona.Imaging;
using Mona.Imaging.Faces;
using Mona.Sdk.Faces;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Align;
using Mona.Stages.Faces.Shared;
using Mona.Stages.Tests.Support;

namespace Mona.Stages.Tests.Faces;

[Collection(FaceStagesCollection.Name)]
public sealed class AlignStageTests(FaceStagesFixture fixture)
{
    private static readonly string[] Portraits = ["mona-lisa.jpg", "girl-with-a-pearl-earring.jpg", "photo-woman.jpg", "painting-lady-seated.jpg"];

    private StageRunner Runner => fixture.Runner;

    [FacesFact]
    public async Task RunAsync_Portraits_EyesLandOnTheTemplatePositions()
    {
        foreach (var name in Portraits)
        {
            var aligned = await AlignAsync(name);

            var template = FaceTemplate.Points(256, 0.3);
            var landmarks = aligned.Landmarks;
            // Five points, four degrees of freedom: a turned face (the pearl earring girl) leaves residuals of ~7 px (3 % of the crop).
            AssertNear(template[0], Mean(landmarks, 36, 6), 8f, $"{name}: left eye");
            AssertNear(template[1], Mean(landmarks, 42, 6), 8f, $"{name}: right eye");
            Assert.Equal((256, 256), (aligned.Crop.Width, aligned.Crop.Height));
        }
    }

    [FacesFact]
    public async Task RunAsync_InverseTransform_MapsCropLandmarksBackWithinOnePixel()
    {
        foreach (var name in Portraits)
        {
            var item = Runner.Item(Path.GetFileNameWithoutExtension(name), Repository.Portrait(name));
            await Runner.RunAsync(item, fixture.Detect, fixture.Align);
            var original = item.Get(Artifacts.Faces).Shots[0].Faces[0].Landmarks;
            var aligned = Assert.Single(item.Get(Artifacts.Aligned));

            for (var i = 0; i < original.Count; i++)
                AssertNear(original[i], aligned.CropToImage.Apply(aligned.Landmarks[i]), 1f, $"{name}: landmark {i}");
        }
    }

    [FacesFact]
    public async Task RunAsync_Crop_IsThePhotoSampledThroughTheTransform()
    {
        var item = Runner.Item("mona", Repository.Portrait("mona-lisa.jpg"));
        await Runner.RunAsync(item, fixture.Detect, fixture.Align);
        var image = item.Get(Artifacts.Images)[0];
        var aligned = Assert.Single(item.Get(Artifacts.Aligned));

        // Every 8th crop pixel inside the photo equals the photo sampled bilinearly (computed here) at the mapped point.
        for (var y = 0; y < 256; y += 8)
            for (var x = 0; x < 256; x += 8)
            {
                var source = aligned.CropToImage.Apply(new Vector2(x, y));
                if (source.X < 0 || source.Y < 0 || source.X > image.Width - 1 || source.Y > image.Height - 1) continue;
                var expected = Bilinear(image, source);
                var actual = Rgb.At(aligned.Crop, x, y);
                Assert.True(Math.Abs(actual.R - expected.R) <= 1 && Math.Abs(actual.G - expected.G) <= 1 && Math.Abs(actual.B - expected.B) <= 1,
                    $"crop ({x}, {y}) is {actual}, the photo at {source} is {expected}");
            }
        Assert.True(File.Exists(Path.Combine(item.OutputDirectory, "aligned.png")));
        Assert.True(File.Exists(Path.Combine(item.OutputDirectory, "landmarks.png")));
    }

    [FacesFact]
    public async Task RunAsync_LandmarkImage_DrawsEachPartInItsColourOnBlack()
    {
        var aligned = await AlignAsync("mona-lisa.jpg");
        var image = aligned.LandmarkImage;

        foreach (var part in FacePalette.Parts)
        {
            var segments = Enumerable.Range(part.First, part.Count - 1).Select(i => (aligned.Landmarks[i], aligned.Landmarks[i + 1])).ToList();
            var exact = segments.Count(s => ClosestPixelTo(image, s.Item1, s.Item2) == part.Colour);
            Assert.True(exact * 2 > segments.Count, $"{part.Name}: only {exact} of {segments.Count} segment midpoints have its colour {part.Colour}");
        }
        Assert.Equal(Rgb.Black, Rgb.At(image, 0, 0));
        Assert.Equal(Rgb.Black, Rgb.At(image, 255, 255));
    }

    [FacesFact]
    public async Task RunAsync_Size512_ScalesTheCropAndTheLines()
    {
        var item = Runner.Item("mona", Repository.Portrait("mona-lisa.jpg"));
        await Runner.RunAsync(item, fixture.Detect, Runner.Create(new AlignStageDefinition(), ("size", 512L)));

        var aligned = Assert.Single(item.Get(Artifacts.Aligned));
        Assert.Equal((512, 512), (aligned.LandmarkImage.Width, aligned.LandmarkImage.Height));
        AssertNear(FaceTemplate.Points(512, 0.3)[0], Mean(aligned.Landmarks, 36, 6), 12f, "left eye at 512");
    }

    [FacesFact]
    public async Task RunAsync_TwoShotsAndAGroupPhoto_AlignsEveryFaceUnderNumberedNames()
    {
        var shots = Runner.Item("two", Repository.Portrait("mona-lisa.jpg"), Repository.Portrait("einstein.jpg"));
        var group = Runner.Item("group", Repository.DemoPhoto("sample1.jpg"));

        await Runner.RunAsync(shots, fixture.Detect, fixture.Align);
        await Runner.RunAsync(group, fixture.DetectAll, fixture.Align);

        Assert.Equal([(0, 0), (1, 0)], shots.Get(Artifacts.Aligned).Select(a => (a.ShotIndex, a.FaceIndex)));
        Assert.Equal(["aligned-1.png", "aligned-2.png", "landmarks-1.png", "landmarks-2.png"], PngNames(shots));
        var faces = group.Get(Artifacts.Faces).Shots[0].Faces.Count;
        Assert.Equal(faces, group.Get(Artifacts.Aligned).Count);
        Assert.Equal(Enumerable.Range(1, faces).Select(i => $"aligned-{i}.png").Concat(Enumerable.Range(1, faces).Select(i => $"landmarks-{i}.png")),
            PngNames(group));
    }

    private static IEnumerable<string> PngNames(WorkItem item) =>
        Directory.GetFiles(item.OutputDirectory, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private async Task<AlignedFace> AlignAsync(string portrait)
    {
        var item = Runner.Item(Path.GetFileNameWithoutExtension(portrait), Repository.Portrait(portrait));
        await Runner.RunAsync(item, fixture.Detect, fixture.Align);
        return Assert.Single(item.Get(Artifacts.Aligned));
    }

    /// <summary>The colour of the pixel, among the 3×3 around the segment's midpoint, whose centre is nearest the segment.</summary>
    private static Rgb ClosestPixelTo(Mona.Sdk.Media.RgbImage image, Vector2 a, Vector2 b)
    {
        var mid = (a + b) / 2;
        var best = (X: 0, Y: 0, D: float.MaxValue);
        for (var y = (int)MathF.Round(mid.Y) - 1; y <= (int)MathF.Round(mid.Y) + 1; y++)
            for (var x = (int)MathF.Round(mid.X) - 1; x <= (int)MathF.Round(mid.X) + 1; x++)
            {
                var p = new Vector2(x, y);
                var t = Math.Clamp(Vector2.Dot(p - a, b - a) / Math.Max(1e-6f, (b - a).LengthSquared()), 0f, 1f);
                var d = Vector2.Distance(p, a + t * (b - a));
                if (d < best.D) best = (x, y, d);
            }
        return Rgb.At(image, best.X, best.Y);
    }

    private static Rgb Bilinear(Mona.Sdk.Media.RgbImage image, Vector2 at)
    {
        int x0 = (int)at.X, y0 = (int)at.Y, x1 = Math.Min(x0 + 1, image.Width - 1), y1 = Math.Min(y0 + 1, image.Height - 1);
        float fx = at.X - x0, fy = at.Y - y0;
        Rgb a = Rgb.At(image, x0, y0), b = Rgb.At(image, x1, y0), c = Rgb.At(image, x0, y1), d = Rgb.At(image, x1, y1);
        byte Mix(byte p, byte q, byte r, byte s) => (byte)MathF.Round((p * (1 - fx) + q * fx) * (1 - fy) + (r * (1 - fx) + s * fx) * fy);
        return new Rgb(Mix(a.R, b.R, c.R, d.R), Mix(a.G, b.G, c.G, d.G), Mix(a.B, b.B, c.B, d.B));
    }

    private static Vector2 Mean(IReadOnlyList<Vector2> points, int first, int count) =>
        points.Skip(first).Take(count).Aggregate(Vector2.Zero, (s, p) => s + p) / count;

    private static void AssertNear(Vector2 expected, Vector2 actual, float tolerance, string what) =>
        Assert.True(Vector2.Distance(expected, actual) <= tolerance, $"{what}: expected {expected} ± {tolerance}, got {actual}");
}
