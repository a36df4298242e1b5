using System.Diagnostics;
using Mona.Benchmarks.Measurement;
using Mona.Nn.Faces;
using Mona.Nn.Tests;
using Mona.Nn.Tests.Faces;
using Mona.Tensors;

namespace Mona.Benchmarks.Faces;

/// <summary>
/// Times detect (SSD MobileNet V1) + 68 landmarks + descriptor per face on both sides, on the same
/// decoded pixels: face-api on tfjs-wasm in a Node process first (one warm-up, then the timed
/// runs), then Mona in this process on N threads and on 1 thread, interleaved after a warm-up each.
/// Face counts are compared before anything is timed.
/// </summary>
internal sealed class FacesBench(FacesSettings settings, TextWriter log)
{
    /// <summary>SSD minimum score on both sides (face-api's default for SsdMobilenetv1Options).</summary>
    public const float MinScore = 0.5f;

    private const int TinyInputSize = 416;

    /// <summary>Why the benchmark cannot run here (models, data, ffmpeg or Node.js missing), or null.</summary>
    public static string? Missing()
    {
        if (ModelCache.FaceApiModels is null)
            return "the face models are not in the cache (.cache/models/face-api/model or $MONA_CACHE): run ./mona setup first";
        if (Repository.SharedData is null)
            return $"the development data is not at {Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"))}";
        if (Tools.Find("ffmpeg") is null || Tools.Find("ffprobe") is null) return "ffmpeg/ffprobe are not on PATH (they decode the images)";
        return FaceApiReference.Unavailable;
    }

    /// <summary>The images to run: every standard image whose name contains the filter.</summary>
    public IReadOnlyList<FaceImageSource> Sources(string sharedData, string models) =>
        FaceImages.Sources(sharedData, models)
            .Where(s => settings.Filter is null || s.Name.Contains(settings.Filter, StringComparison.OrdinalIgnoreCase))
            .ToList();

    public (FacesRunInfo Info, IReadOnlyList<FaceImageResult> Results) Run(IReadOnlyList<FaceImageSource> sources, string models, string work)
    {
        // The run's start and load average, before Node and ffmpeg add to it.
        var (started, loadAtStart) = (DateTimeOffset.UtcNow, RunInfo.ReadLoadAverage());
        log.WriteLine($"decoding {sources.Count} images to raw RGB with ffmpeg (both sides read the same pixels)");
        var images = FaceImages.DecodeAll(sources, work);
        log.WriteLine($"face-api on tfjs-wasm (Node): 1 warm-up + {settings.Runs} timed runs per image...");
        var reference = FaceApiReference.Run(images, models, MinScore, TinyInputSize, settings.Runs, work);
        var info = FacesRunInfo.Capture(settings, MinScore, reference) with { StartedUtc = started, LoadAverageAtStart = loadAtStart };
        log.WriteLine($"face-api {info.FaceApi}, tfjs {info.Tfjs}, wasm {info.WasmBuild}");
        var mona = FaceModels.Load(models, new ComputeContext(threads: settings.Threads));
        var monaOneThread = FaceModels.Load(models, new ComputeContext(threads: 1));
        log.WriteLine($"Mona on {settings.Threads} and on 1 thread: 1 warm-up + {settings.Runs} timed runs each per image...");
        var results = images.Zip(reference.Images, (image, faceApi) => Measure(image, faceApi, mona, monaOneThread)).ToList();
        return (info with { LoadAverageAtEnd = RunInfo.ReadLoadAverage() }, results);
    }

    private FaceImageResult Measure(ParityImage image, ReferenceImage faceApi, FaceModels mona, FaceModels monaOneThread)
    {
        if (faceApi.Name != image.Name || faceApi.Times is not { Count: > 0 } faceApiTimes)
            throw new InvalidOperationException($"reference.mjs returned no times for {image.Name}");
        // The warm-up runs give the face counts, checked before the timed runs.
        var faces = MonaFacePath.Run(mona, image.Image, MinScore).Count;
        MonaFacePath.Run(monaOneThread, image.Image, MinScore);
        if (faces != faceApi.Ssd.Count)
            log.WriteLine($"WRONG {image.Name}: face-api finds {faceApi.Ssd.Count} faces, Mona {faces}");
        var times = new List<double>(settings.Runs);
        var timesOneThread = new List<double>(settings.Runs);
        for (var r = 0; r < settings.Runs; r++)
        {
            // Alternate the order so that neither configuration always follows the other.
            if (r % 2 == 0)
            {
                times.Add(Time(mona, image));
                timesOneThread.Add(Time(monaOneThread, image));
            }
            else
            {
                timesOneThread.Add(Time(monaOneThread, image));
                times.Add(Time(mona, image));
            }
        }
        var result = new FaceImageResult(image.Name, image.Image.Width, image.Image.Height, faceApi.Ssd.Count, faces,
            SampleStats.Of(faceApiTimes), SampleStats.Of(times), SampleStats.Of(timesOneThread));
        log.WriteLine(FacesTable.ProgressLine(result, settings.Threads));
        return result;
    }

    private static double Time(FaceModels models, ParityImage image)
    {
        var start = Stopwatch.GetTimestamp();
        MonaFacePath.Run(models, image.Image, MinScore);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
