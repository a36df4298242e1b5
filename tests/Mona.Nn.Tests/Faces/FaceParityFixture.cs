using System.Diagnostics;
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
/// ratio, and <c>MONA_FACES_THREADS</c> to limit Mona's threads (tfjs-wasm runs on one); the
/// benchmark proper, with medians and reports, is <c>mona bench faces</c>. Decoding, the face-api
/// run and Mona's face path are shared with it (tests/Mona.FaceReference).
/// </summary>
public sealed class FaceParityFixture : IDisposable
{
    public const float MinScore = 0.5f;
    public const int TinyInputSize = 416;

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

    private List<ParityImage> DecodeImages() =>
        FaceImages.DecodeAll(FaceImages.Sources(Repository.SharedData!, ModelCache.FaceApiModels!), _work);

    private ReferenceRun RunReference(IReadOnlyList<ParityImage> images) =>
        FaceApiReference.Run(images, ModelCache.FaceApiModels!, MinScore, TinyInputSize, Timing ? 3 : 0, _work);

    private static MonaImage RunMona(FaceModels models, ParityImage image)
    {
        var faces = MonaFacePath.Run(models, image.Image, MinScore);
        var best = double.NaN;
        if (Timing)
        {
            best = double.MaxValue;
            for (var r = 0; r < 3; r++)
            {
                var clock = Stopwatch.StartNew();
                MonaFacePath.Run(models, image.Image, MinScore);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
        }
        var tiny = models.Tiny.Detect(image.Image, MinScore, TinyInputSize);
        return new MonaImage(image.Name, faces, tiny, best);
    }
}
