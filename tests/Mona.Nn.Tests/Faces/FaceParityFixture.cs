using System.Diagnostics;
using System.Text.Json;
using Mona.Nn.Faces;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Tests.Faces;

/// <summary>
/// Runs both sides once for the parity tests: decodes the test images with ffmpeg (the 11
/// portraits, the first frame of two clips, face-api's 6 demo photos) into raw RGB, runs face-api
/// on tfjs-wasm over them (<c>tools/parity/reference.mjs</c>, installing its packages with
/// <c>tools/parity/install.sh</c> when missing), and runs Mona's networks on the same pixels.
/// Set <c>MONA_FACES_TIMING=1</c> to also time both sides (best of 3 after a warm-up) and print the
/// ratio, and <c>MONA_FACES_THREADS</c> to limit Mona's threads (tfjs-wasm runs on one).
/// </summary>
public sealed class FaceParityFixture : IDisposable
{
    public const float MinScore = 0.5f;
    public const int TinyInputSize = 416;
    private static readonly string[] Clips = ["d3.mp4", "s18.mp4"];

    private readonly string _work = Directory.CreateTempSubdirectory("mona-faces-parity-").FullName;
    private readonly Lazy<(IReadOnlyList<ParityImage> Images, ReferenceRun Reference, IReadOnlyList<MonaImage> Mona)> _run;

    public FaceParityFixture() => _run = new(RunBoth);

    internal static bool Timing => Environment.GetEnvironmentVariable("MONA_FACES_TIMING") == "1";

    internal IReadOnlyList<ParityImage> Images => _run.Value.Images;

    internal ReferenceRun Reference => _run.Value.Reference;

    internal IReadOnlyList<MonaImage> Mona => _run.Value.Mona;

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { }
    }

    private (IReadOnlyList<ParityImage>, ReferenceRun, IReadOnlyList<MonaImage>) RunBoth()
    {
        var images = DecodeImages();
        var reference = RunReference(images);
        var compute = new ComputeContext(threads: int.TryParse(Environment.GetEnvironmentVariable("MONA_FACES_THREADS"), out var threads) ? threads : null);
        var models = FaceModels.Load(ModelCache.FaceApiModels!, compute);
        var mona = images.Select(image => RunMona(models, image)).ToList();
        return (images, reference, mona);
    }

    private List<ParityImage> DecodeImages()
    {
        var shared = Repository.SharedData!;
        var sources = Directory.GetFiles(Path.Combine(shared, "portraits"), "*.jpg").Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Path: path, Frame: false))
            .Concat(Clips.Select(clip => (Name: $"{clip}#0", Path: Path.Combine(shared, "clips", clip), Frame: true)))
            .Concat(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(ModelCache.FaceApiModels!)!, "demo"), "sample*.jpg")
                .Order(StringComparer.Ordinal).Select(path => (Name: Path.GetFileName(path), Path: path, Frame: false)));
        return sources.Select((source, i) => Decode(source.Name, source.Path, Path.Combine(_work, $"{i:D2}.rgb"))).ToList();
    }

    /// <summary>ffmpeg decodes the image (or a clip's first frame) to rgb24; ffprobe gives its size.</summary>
    private static ParityImage Decode(string name, string path, string rawPath)
    {
        var size = Tools.Run("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height", "-of", "csv=p=0", path])
            .Trim().Split(',');
        int width = int.Parse(size[0]), height = int.Parse(size[1]);
        Tools.Run("ffmpeg", ["-v", "error", "-y", "-i", path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", rawPath]);
        var pixels = File.ReadAllBytes(rawPath);
        return new ParityImage(name, new RgbImage(width, height, pixels), rawPath);
    }

    private ReferenceRun RunReference(IReadOnlyList<ParityImage> images)
    {
        var harness = Path.Combine(Repository.Root, "tools", "parity");
        if (!Directory.Exists(Path.Combine(harness, "node_modules", "@vladmandic", "face-api")))
            Tools.Run("bash", [Path.Combine(harness, "install.sh")], harness);
        var request = new
        {
            models = ModelCache.FaceApiModels,
            minScore = MinScore,
            tinyInputSize = TinyInputSize,
            repeats = Timing ? 3 : 0,
            images = images.Select(i => new { name = i.Name, rgb = i.RawPath, width = i.Image.Width, height = i.Image.Height }),
        };
        var requestPath = Path.Combine(_work, "request.json");
        File.WriteAllText(requestPath, JsonSerializer.Serialize(request));
        var output = Tools.Run("node", [Path.Combine(harness, "reference.mjs"), requestPath], harness);
        File.WriteAllText(Path.Combine(_work, "reference.json"), output);
        return JsonSerializer.Deserialize<ReferenceRun>(output) ?? throw new InvalidOperationException("reference.mjs printed no JSON");
    }

    private static MonaImage RunMona(FaceModels models, ParityImage image)
    {
        var faces = FacePath(models, image.Image);
        var best = double.NaN;
        if (Timing)
        {
            best = double.MaxValue;
            for (var r = 0; r < 3; r++)
            {
                var clock = Stopwatch.StartNew();
                FacePath(models, image.Image);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
        }
        var tiny = models.Tiny.Detect(image.Image, MinScore, TinyInputSize);
        return new MonaImage(image.Name, faces, tiny, best);
    }

    /// <summary>face-api's detectAllFaces(ssd).withFaceLandmarks().withFaceDescriptors().</summary>
    private static List<MonaFace> FacePath(FaceModels models, RgbImage image) =>
        models.Ssd.Detect(image, MinScore).Select(box =>
        {
            var landmarks = models.Landmarks.Detect(image, box);
            return new MonaFace(box, landmarks, models.Recognition.Describe(image, landmarks));
        }).ToList();
}
