using Mona.Nn.Faces;
using Mona.Nn.Faces.Landmarks68;
using Mona.Nn.Faces.Recognition;
using Mona.Nn.Faces.SsdMobilenetV1;
using Mona.Nn.Faces.TinyFaceDetector;
using Mona.Nn.Weights;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Tests.Faces;

/// <summary>Loading and input checks of the face networks (face-api's weights; behaviour against face-api is in <see cref="FaceParityTests"/>).</summary>
public sealed class FaceModelsTests
{
    private static readonly Lazy<FaceModels> Models = new(() => FaceModels.Load(ModelCache.FaceApiModels!, new ComputeContext()));

    [Fact]
    public void Load_MissingFolder_NamesTheFolderAndTheFix()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mona-no-such-models");

        var error = Assert.Throws<WeightFileException>(() => FaceModels.Load(folder, new ComputeContext()));

        Assert.Contains(folder, error.Message);
        Assert.Contains("./mona setup", error.Message);
    }

    [ModelsFact]
    public void Constructors_FaceApiWeights_UseEveryWeightButTheSsdGraphConstants()
    {
        var compute = new ComputeContext();
        var ssd = Read(FaceModels.SsdManifest);
        var tiny = Read(FaceModels.TinyManifest);
        var landmarks = Read(FaceModels.LandmarksManifest);
        var recognition = Read(FaceModels.RecognitionManifest);

        _ = new SsdMobilenetV1Detector(ssd, compute);
        _ = new TinyDetector(tiny, compute);
        _ = new FaceLandmark68Net(landmarks, compute);
        _ = new FaceRecognitionNet(recognition, compute);

        // The SSD export keeps constants of the TF graph (int32 sizes and reshape arguments, two
        // preprocessing scalars) that face-api does not read either; every real tensor must be wired.
        var unusedSsd = ssd.All.Where(w => ssd.Unused().Contains(w.Name)).ToList();
        Assert.NotEmpty(unusedSsd);
        Assert.All(unusedSsd, w => Assert.True(w.Int32Values is not null || w.Shape.Length == 0, $"{w.Name} [{string.Join(", ", w.Shape)}] is not used"));
        Assert.Empty(tiny.Unused());
        Assert.Empty(landmarks.Unused());
        Assert.Empty(recognition.Unused());
    }

    [ModelsFact]
    public void Ssd_UniformGreyImage_FindsNoFace()
    {
        var grey = new RgbImage(320, 240, [.. Enumerable.Repeat((byte)128, 320 * 240 * 3)]);

        Assert.Empty(Models.Value.Ssd.Detect(grey, 0.5f));
        Assert.Empty(Models.Value.Tiny.Detect(grey, 0.5f, 416));
    }

    [ModelsFact]
    public void Tiny_InputSizeNotAMultipleOf32_SaysWhatItNeeds()
    {
        var image = new RgbImage(64, 64);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Models.Value.Tiny.Detect(image, 0.5f, 300));

        Assert.Contains("multiple of 32", error.Message);
    }

    [ModelsFact]
    public void Landmarks_BoxOutsideTheImage_NamesTheBoxAndTheImageSize()
    {
        var image = new RgbImage(64, 48);

        var error = Assert.Throws<ArgumentException>(() => Models.Value.Landmarks.Detect(image, new FaceDetection(100, 10, 20, 20, 0.9f)));

        Assert.Contains("64×48", error.Message);
    }

    [FacesDataFact]
    public void Pipeline_MirroredPortrait_FindsTheMirroredFaceWithAMatchingDescriptor()
    {
        var image = DecodePortrait("photo-woman.jpg");
        var mirrored = Mirror(image);
        var models = Models.Value;

        var face = Assert.Single(models.Ssd.Detect(image, 0.5f));
        var mirroredFace = Assert.Single(models.Ssd.Detect(mirrored, 0.5f));
        var descriptor = models.Recognition.Describe(image, models.Landmarks.Detect(image, face));
        var mirroredDescriptor = models.Recognition.Describe(mirrored, models.Landmarks.Detect(mirrored, mirroredFace));

        var expected = face with { X = image.Width - face.X - face.Width };
        Assert.True(expected.IntersectionOverUnion(mirroredFace) > 0.9f, $"{mirroredFace} is not the mirror of {face}");
        // face-api's rule: the same person when the Euclidean distance is below 0.6.
        var distance = MathF.Sqrt(descriptor.Zip(mirroredDescriptor).Sum(p => (p.First - p.Second) * (p.First - p.Second)));
        Assert.InRange(distance, 0f, 0.6f);
    }

    private static RgbImage DecodePortrait(string name)
    {
        var path = Path.Combine(Repository.SharedData!, "portraits", name);
        var size = Tools.Run("ffprobe", ["-v", "error", "-show_entries", "stream=width,height", "-of", "csv=p=0", path]).Trim().Split(',');
        var raw = Path.GetTempFileName();
        try
        {
            Tools.Run("ffmpeg", ["-v", "error", "-y", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgb24", raw]);
            return new RgbImage(int.Parse(size[0]), int.Parse(size[1]), File.ReadAllBytes(raw));
        }
        finally
        {
            File.Delete(raw);
        }
    }

    private static RgbImage Mirror(RgbImage image)
    {
        var mirrored = new RgbImage(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                image.Row(y).Slice(x * 3, 3).CopyTo(mirrored.Row(y).Slice((image.Width - 1 - x) * 3, 3));
        return mirrored;
    }

    private static WeightSet Read(string manifest) => TfjsManifestReader.Read(Path.Combine(ModelCache.FaceApiModels!, manifest));
}
