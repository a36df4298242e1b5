using System.Runtime.CompilerServices;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Stages.Generate;

/// <summary>
/// The honest static baseline: the first shot, unchanged, for every frame of the driving motion
/// (the driving video's exact frame count, rate and audio, or a preset's duration × rate). Any
/// real generator must beat it on motion metrics; on identity metrics it is a ceiling.
/// </summary>
public sealed class StillGenerateStage : IStage
{
    private readonly IImageCodec _codec;
    private readonly IVideoReader _reader;

    public StillGenerateStage(IImageCodec codec, IVideoReader reader)
    {
        _codec = codec;
        _reader = reader;
    }

    /// <inheritdoc />
    public ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        var driving = context.Run.Driving
            ?? throw new InvalidOperationException("generate: the pipeline sets no driving motion (a driving video or a preset)");
        var portrait = FirstShot(item);
        var (rate, count, audio) = driving.IsVideo ? FromVideo(driving.VideoPath!) : FromPreset(driving);
        if (count <= 0) throw new ItemFailedException($"generate: the driving motion {driving} has no frames");
        item.Set(Artifacts.Frames, new FrameStream(portrait.Width, portrait.Height, rate, count, audio,
            token => Repeat(portrait, count, token)));
        return ValueTask.CompletedTask;
    }

    private RgbImage FirstShot(WorkItem item)
    {
        if (item.TryGet(Artifacts.Images, out var images) && images.Count > 0) return images[0];
        if (item.Shots.Count == 0) throw new ItemFailedException($"generate: item '{item.Name}' has no shots");
        return _codec.Decode(item.Shots[0]);
    }

    private (Sdk.Rational Rate, long Count, string? Audio) FromVideo(string path)
    {
        var info = _reader.Probe(path);
        return (info.FrameRate, info.FrameCount, info.HasAudio ? path : null);
    }

    private static (Sdk.Rational Rate, long Count, string? Audio) FromPreset(DrivingMotion preset) =>
        (preset.FrameRate, (long)Math.Round(preset.DurationSeconds * preset.FrameRate.Value), null);

    /// <summary>The same image every frame; consumers read frames and never modify them.</summary>
    private static async IAsyncEnumerable<RgbImage> Repeat(RgbImage image, long count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (long i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return image;
        }
    }
}
