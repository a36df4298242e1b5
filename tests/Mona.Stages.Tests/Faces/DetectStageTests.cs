using System.Numerics;
using System.Text.RegularExpressions;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Detect;
using Mona.Stages.Tests.Support;

namespace Mona.Stages.Tests.Faces;

[Collection(FaceStagesCollection.Name)]
public sealed class DetectStageTests(FaceStagesFixture fixture)
{
    private StageRunner Runner => fixture.Runner;

    [FacesFact]
    public async Task RunAsync_Portraits_FacesJsonHasLandmarksInsideTheBoxAndEyesAboveTheMouth()
    {
        foreach (var name in new[] { "mona-lisa.jpg", "einstein.jpg", "photo-woman.jpg" })
        {
            var item = Runner.Item(Path.GetFileNameWithoutExtension(name), Repository.Portrait(name));
            await Runner.RunAsync(item, fixture.Detect);

            var json = FacesJsonFile.Read(item.OutputDirectory);
            var image = item.Get(Artifacts.Images)[0];
            var shot = Assert.Single(json.Shots);
            Assert.Equal((name, image.Width, image.Height), (shot.File, shot.Width, shot.Height));
            var face = Assert.Single(shot.Faces);
            Assert.Equal(4, face.Box.Length);
            Assert.InRange(face.Score, 0.5f, 1f);
            Assert.Equal(68, face.Landmarks.Length);
            // The jaw may reach a little past the detector's box; allow 15 % of the box on each side.
            var box = new FaceBox(face.Box[0], face.Box[1], face.Box[2], face.Box[3]);
            var slack = 0.15f * Math.Max(box.Width, box.Height);
            Assert.All(face.Landmarks, p => Assert.True(box.Contains(p.X, p.Y, slack), $"{name}: landmark {p} outside {box}"));
            var eyes = Mean(face.Landmarks[36..48]);
            var mouth = Mean(face.Landmarks[48..68]);
            Assert.True(eyes.Y < mouth.Y - 0.1f * box.Height, $"{name}: eyes at {eyes}, mouth at {mouth}");
            Assert.Null(face.Descriptor);
            Assert.True(File.Exists(Path.Combine(item.OutputDirectory, "overlay.jpg")));
        }
    }

    [FacesFact]
    public async Task RunAsync_GroupPhotoPolicies_LargestIndexAndAllAgree()
    {
        var photo = Repository.DemoPhoto("sample1.jpg");
        var all = Runner.Item("all", photo);
        var largest = Runner.Item("largest", photo);
        var second = Runner.Item("second", photo);
        await Runner.RunAsync(all, fixture.DetectAll);
        await Runner.RunAsync(largest, fixture.Detect);
        await Runner.RunAsync(second, Runner.Create(new DetectStageDefinition(), ("policy", "index:1")));

        var faces = Assert.Single(all.Get(Artifacts.Faces).Shots).Faces;
        Assert.True(faces.Count >= 3, $"expected at least 3 faces in sample1.jpg, got {faces.Count}");
        Assert.True(faces.Zip(faces.Skip(1)).All(pair => Centre(pair.First).X < Centre(pair.Second).X), "faces are not left to right");
        Assert.Equal(faces.MaxBy(f => f.Box.Area)!.Box, Assert.Single(largest.Get(Artifacts.Faces).Shots[0].Faces).Box);
        Assert.Equal(faces[1].Box, Assert.Single(second.Get(Artifacts.Faces).Shots[0].Faces).Box);
        Assert.Equal(faces.Count, FacesJsonFile.Read(all.OutputDirectory).Shots[0].Faces.Count);
    }

    [FacesFact]
    public async Task RunAsync_TinyDetector_FindsTheSameFaceAsSsd()
    {
        var photo = Repository.Portrait("photo-woman.jpg");
        var ssd = Runner.Item("ssd", photo);
        var tiny = Runner.Item("tiny", photo);
        await Runner.RunAsync(ssd, fixture.Detect);
        await Runner.RunAsync(tiny, Runner.Create(new DetectStageDefinition(), ("model", "tiny_face_detector"), ("input_size", 416L)));

        var a = Assert.Single(ssd.Get(Artifacts.Faces).Shots[0].Faces).Box;
        var b = Assert.Single(tiny.Get(Artifacts.Faces).Shots[0].Faces).Box;
        var overlap = Math.Max(0, Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X))
                      * Math.Max(0, Math.Min(a.Y + a.Height, b.Y + b.Height) - Math.Max(a.Y, b.Y));
        var iou = overlap / (a.Area + b.Area - overlap);
        Assert.True(iou > 0.5, $"SSD box {a} and tiny box {b} overlap by IoU {iou:0.00}");
    }

    [FacesFact]
    public async Task RunAsync_IndexBeyondTheFaces_FailsNamingTheFile()
    {
        var photo = Repository.Portrait("mona-lisa.jpg");
        var stage = Runner.Create(new DetectStageDefinition(), ("policy", "index:7"));

        var error = await Assert.ThrowsAsync<ItemFailedException>(() => Runner.RunAsync(Runner.Item("mona", photo), stage));

        Assert.Equal($"{photo}: policy index:7 asks for face 7 (0-based, left to right) but only 1 face(s) were found", error.Message);
    }

    [FacesFact]
    public async Task RunAsync_PolicyMatchWithOneFacesCrop_SelectsThatFace()
    {
        var photo = Repository.DemoPhoto("sample1.jpg");
        var all = Runner.Item("all", photo);
        await Runner.RunAsync(all, fixture.DetectAll);
        var faces = all.Get(Artifacts.Faces).Shots[0].Faces;
        var image = all.Get(Artifacts.Images)[0];

        for (var target = 0; target < faces.Count; target++)
        {
            var reference = Path.Combine(Runner.Scratch("match"), $"face-{target}.png");
            Runner.Codec.Save(CropAround(image, faces[target].Box, 1.0f), reference);
            var stage = Runner.Create(new DetectStageDefinition(), ("policy", "match"), ("reference", reference));
            var item = Runner.Item($"match-{target}", photo);

            await Runner.RunAsync(item, stage);

            var kept = Assert.Single(item.Get(Artifacts.Faces).Shots[0].Faces);
            Assert.Equal(faces[target].Box, kept.Box);
            Assert.Equal(128, kept.Descriptor!.Count);
            Assert.Empty(item.Warnings);
        }
    }

    [FacesFact]
    public async Task RunAsync_PolicyMatchWithSomeoneElse_KeepsTheNearestFaceAndWarns()
    {
        var stage = Runner.Create(new DetectStageDefinition(), ("policy", "match"), ("reference", Repository.Portrait("einstein.jpg")));
        var item = Runner.Item("stranger", Repository.DemoPhoto("sample1.jpg"));

        await Runner.RunAsync(item, stage);

        Assert.Single(item.Get(Artifacts.Faces).Shots[0].Faces);
        Assert.Contains(item.Warnings, w => w.Contains("it may be someone else", StringComparison.Ordinal));
    }

    [FacesFact]
    public async Task RunAsync_GradientWithoutFace_FailsWithBestScoreAndThreshold()
    {
        var gradient = new RgbImage(320, 240);
        for (var y = 0; y < gradient.Height; y++)
            for (var x = 0; x < gradient.Width; x++)
                gradient.Row(y)[(x * 3)..(x * 3 + 3)].Fill((byte)((x + y) * 255 / (gradient.Width + gradient.Height)));
        var path = Path.Combine(Runner.Scratch("gradient"), "gradient.png");
        Runner.Codec.Save(gradient, path);

        var error = await Assert.ThrowsAsync<ItemFailedException>(() => Runner.RunAsync(Runner.Item("gradient", path), fixture.Detect));

        Assert.Matches($@"^no face found in {Regex.Escape(path)} \(best score 0\.[0-4]\d < threshold 0\.50\)$", error.Message);
    }

    [FacesFact]
    public async Task RunAsync_TwoShots_DetectsEachAndWritesAnOverlayPerShot()
    {
        var item = Runner.Item("two", Repository.Portrait("mona-lisa.jpg"), Repository.Portrait("einstein.jpg"));

        await Runner.RunAsync(item, fixture.Detect);

        var json = FacesJsonFile.Read(item.OutputDirectory);
        Assert.Equal(["mona-lisa.jpg", "einstein.jpg"], json.Shots.Select(s => s.File));
        Assert.All(json.Shots, shot => Assert.Single(shot.Faces));
        Assert.True(File.Exists(Path.Combine(item.OutputDirectory, "overlay-1.jpg")));
        Assert.True(File.Exists(Path.Combine(item.OutputDirectory, "overlay-2.jpg")));
    }

    private static Vector2 Mean(IEnumerable<Vector2> points) => points.Aggregate(Vector2.Zero, (s, p) => s + p) / points.Count();

    private static Vector2 Centre(DetectedFace face) => new(face.Box.X + face.Box.Width / 2, face.Box.Y + face.Box.Height / 2);

    /// <summary>The box grown by <paramref name="grow"/> of its size on each side, clipped to the image.</summary>
    private static RgbImage CropAround(RgbImage image, FaceBox box, float grow)
    {
        var x = (int)Math.Max(0, box.X - grow * box.Width);
        var y = (int)Math.Max(0, box.Y - grow * box.Height);
        var right = (int)Math.Min(image.Width, box.X + (1 + grow) * box.Width);
        var bottom = (int)Math.Min(image.Height, box.Y + (1 + grow) * box.Height);
        return Mona.Imaging.ImageGeometry.Crop(image, x, y, right - x, bottom - y);
    }
}
