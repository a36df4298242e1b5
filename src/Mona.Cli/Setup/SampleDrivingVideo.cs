using Microsoft.Extensions.DependencyInjection;
using Mona.Animation.Landmarks;
using Mona.Animation.Presets;
using Mona.Animation.Transfer;
using Mona.Media;
using Mona.Nn.Faces;
using Mona.Reenact.Rendering;
using Mona.Sdk;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Cli.Setup;

/// <summary>
/// The driving video the ready pipelines use on a fresh machine, made at set-up from what set-up
/// fetched (no media is shipped in the repository, none of ours is redistributed): the largest
/// face of the face-api demo photos, animated by the <c>mix</c> preset (talking, nodding,
/// blinking, smiling) for 4 s at 25 frames/s, as its 256² aligned crop, H.264.
/// <c>OUTPUT</c>: <c>.cache/models/samples/driving-mix.mp4</c>. Made once; a run with an
/// existing file does nothing.
/// </summary>
internal static class SampleDrivingVideo
{
    public const string RelativePath = "samples/driving-mix.mp4";

    public static string PathIn(string modelCache) => Path.Combine(modelCache, RelativePath);

    public static async Task<string> EnsureAsync(string modelCache, TextWriter output, CancellationToken cancellationToken)
    {
        var path = PathIn(modelCache);
        if (File.Exists(path)) return path;
        var models = FaceModels.Load(Path.Combine(modelCache, "face-api", "model"), new ComputeContext());
        using var services = new ServiceCollection().AddMonaMedia().BuildServiceProvider();
        var codec = services.GetRequiredService<IImageCodec>();
        var (photo, picture, landmarks) = LargestFace(Path.Combine(modelCache, "face-api", "demo"), codec, models);
        var shot = SourceShotFactory.FromLandmarks(picture, landmarks, 256);
        using var renderer = new PortraitRenderer(new ComputeContext(), [shot], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Crop, false);
        var motion = PresetMotionGenerator.Generate(MotionPreset.Mix, 4, 25, seed: 1);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var writer = services.GetRequiredService<IVideoWriterFactory>().Open(new VideoWriteRequest(path, 256, 256, new Rational(25, 1))))
        {
            foreach (var landmarksOfFrame in motion) await writer.WriteFrameAsync(renderer.Render(landmarksOfFrame), cancellationToken);
            await writer.CompleteAsync(cancellationToken);
        }
        output.WriteLine($"setup: sample driving video {path} ({motion.Length} frames, the mix preset on {Path.GetFileName(photo)})");
        return path;
    }

    private static (string Path, RgbImage Picture, System.Numerics.Vector2[] Landmarks) LargestFace(string demo, IImageCodec codec, FaceModels models)
    {
        (string, RgbImage, System.Numerics.Vector2[])? best = null;
        var bestWidth = 0f;
        foreach (var path in Directory.GetFiles(demo, "*.jpg").Order(StringComparer.Ordinal))
        {
            var picture = codec.Decode(path);
            var face = models.Ssd.Detect(picture).MaxBy(f => f.Width);
            if (face is null || face.Width <= bestWidth) continue;
            bestWidth = face.Width;
            best = (path, picture, models.Landmarks.Detect(picture, face).Points.ToArray());
        }
        return best ?? throw new SetupException($"{demo}: no face in the demo photos to make the sample driving video from");
    }
}
