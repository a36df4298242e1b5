using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Mona.Animation.Landmarks;
using Mona.Animation.Presets;
using Mona.Reenact.Rendering;
using Mona.Reenact.Tracking;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using Mona.TalkingHeads.Inference;
using Mona.Tensors;

namespace Mona.Stages.Generate;

/// <summary>
/// Model <c>warp</c>: faces (from <c>align</c>'s crops) moved by the driving motion with a
/// landmark-driven thin-plate-spline warp whose field lives on the crop's grid and is read by every
/// pixel of the original picture, which is sampled once at its own resolution
/// (<see cref="PortraitRenderer"/>). One face per shot (K shots of one person), or, when the first
/// shot has several kept faces (<c>detect: {policy: all}</c>), every face of that group photo, each
/// with its own landmarks and motion transfer, in one pass; with a preset, face k runs
/// k·<c>stagger</c> seconds ahead so the group does not move in lockstep. Frames are rendered while <c>encode</c> reads them (one at a time), at the
/// driving video's exact rate and with its audio. A driving video is tracked once per run (and
/// cached across runs in <c>OUTPUT/.mona</c>); writes <c>poster.jpg</c> and <c>generate.json</c>.
/// </summary>
/// <para>Model <c>fewshot</c> (<paramref name="fewShot"/> set) drives the same way and renders with the talking-head
/// network over that warp (<see cref="FewShotPortraitRenderer"/>): the K shots' first faces are embedded,
/// the first is animated; a group photo animates its first face only (a warning says so).</para>
internal sealed class WarpGenerateStage(WarpOptions options, IImageCodec codec, IVideoReader reader, FaceModelLoader models,
    FewShotModelLoader? fewShot = null) : IStage
{
    /// <summary>Name of the per-item summary (frames, missing faces) the run's index page reads.</summary>
    public const string SummaryFileName = "generate.json";

    /// <summary>Name of the poster frame.</summary>
    public const string PosterFileName = "poster.jpg";

    private readonly ConcurrentDictionary<string, Lazy<Task<DrivingTrack>>> _tracks = new(StringComparer.Ordinal);

    public async ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        var driving = context.Run.Driving
            ?? throw new InvalidOperationException("generate: the pipeline sets no driving motion (a driving video or a preset)");
        var (shots, group) = SourceShots(item);
        if (fewShot is not null && group)
        {
            item.Warnings.Enqueue($"generate(fewshot): the talking-head model animates one face; {shots.Count - 1} other face(s) of the group photo stay still (use model: warp to move them all)");
            (shots, group) = ([shots[0]], false);
        }
        if (group && options.ClosestShot) item.Warnings.Enqueue("shot: closest is ignored for a group photo: every face of the first shot moves");
        var lead = group && !driving.IsVideo ? options.Stagger * (shots.Count - 1) : 0;
        var motion = driving.IsVideo
            ? await FromVideoAsync(driving.VideoPath!, context, cancellationToken).ConfigureAwait(false)
            : DrivingLandmarks.FromPreset(PresetMotionGenerator.Parse(driving.Preset!), driving.DurationSeconds + lead, driving.FrameRate, options.Seed);
        var schedule = new FaceSchedule(group ? shots.Count : 1,
            driving.IsVideo ? motion.Frames.Length : PresetMotionGenerator.FrameCount(driving.DurationSeconds, driving.FrameRate.Value),
            driving.IsVideo ? 0 : (int)Math.Round(options.Stagger * driving.FrameRate.Value));
        if (motion.MissingCount > 0)
            item.Warnings.Enqueue($"driving video {driving.VideoPath}: {motion.MissingCount} frame(s) without a face ({options.Missing})");
        if (options.Missing == Animation.Smoothing.MissingFacePolicy.Skip && motion.MissingCount > 0 && motion.HasAudio)
            item.Warnings.Enqueue("frames were skipped: the audio runs longer than the video");

        var (width, height) = FrameSize(shots, group, motion);
        WriteSummary(item, driving, motion, schedule);
        item.Set(Artifacts.Frames, new FrameStream(width, height, motion.FrameRate, schedule.OutputFrames,
            motion.HasAudio ? motion.VideoPath : null, token => Frames(item, shots, group, motion, schedule, token)));
    }

    /// <summary>The faces to move: every kept face of the first shot when it has several (a group), else the first face of each shot.</summary>
    private (List<SourceShot> Shots, bool Group) SourceShots(WorkItem item)
    {
        if (!item.TryGet(Artifacts.Aligned, out var aligned) || aligned.Count == 0)
            throw new ItemFailedException($"generate(warp): item '{item.Name}' has no aligned face: put detect and align before generate");
        var images = item.TryGet(Artifacts.Images, out var decoded) ? decoded : item.Shots.Select(codec.Decode).ToList();
        SourceShot Shot(AlignedFace a) => new(images[a.ShotIndex], a.Crop, a.Landmarks, ToAffine(a.ImageToCrop));
        var firstShot = aligned.Where(a => a.ShotIndex == aligned[0].ShotIndex).OrderBy(a => a.FaceIndex).ToList();
        if (firstShot.Count > 1) return (firstShot.Select(Shot).ToList(), true);
        return (aligned.Where(a => a.FaceIndex == 0).Select(Shot).ToList(), false);
    }

    private IGroupFrameRenderer CreateRenderer(ComputeContext context, IReadOnlyList<SourceShot> shots, bool group, DrivingLandmarks motion)
    {
        if (fewShot is not null)
            return new SingleFaceRenderer(new FewShotPortraitRenderer(context, fewShot.Model,
                shots.Select(s => (s.Picture, (IReadOnlyList<System.Numerics.Vector2>)s.CropLandmarks.Select(s.CropFromPicture.Invert().Apply).ToArray())).ToList(),
                motion.Neutral, options.Transfer, options.Output,
                options.Output == OutputMode.Full ? new PortraitRenderer(context, shots, motion.Neutral, options.Transfer, OutputMode.Full, false) : null));
        return new PortraitGroupRenderer(group
            ? PortraitRenderer.ForGroup(context, shots, motion.Neutral, options.Transfer, options.Output)
            : new PortraitRenderer(context, shots, motion.Neutral, options.Transfer, options.Output, options.ClosestShot));
    }

    private async Task<DrivingLandmarks> FromVideoAsync(string videoPath, StageContext context, CancellationToken cancellationToken)
    {
        var cacheFolder = Path.Combine(context.Run.OutputRoot, ".mona");
        var lazy = _tracks.GetOrAdd(videoPath, path => new Lazy<Task<DrivingTrack>>(() => TrackAsync(path, cacheFolder, context.Logger)));
        var track = await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return DrivingLandmarks.FromTrack(track, videoPath, options.Missing, options.Smoothing);
        }
        catch (InvalidDataException e)
        {
            throw new ItemFailedException($"generate(warp): {e.Message}", e);
        }
    }

    /// <summary>Tracks (or loads) a driving video once per run, whatever the number of items.</summary>
    private async Task<DrivingTrack> TrackAsync(string videoPath, string cacheFolder, ILogger logger)
    {
        var extractor = new DrivingExtractor(models.Models, reader, options.Tracker);
        var started = DateTime.UtcNow;
        var (track, fromCache) = await extractor.LoadOrExtractAsync(videoPath, cacheFolder, null, CancellationToken.None).ConfigureAwait(false);
        if (fromCache)
            logger.LogInformation("generate(warp): driving landmarks of {Video} from the cache ({Frames} frames)", videoPath, track.Frames.Count);
        else
            logger.LogInformation("generate(warp): tracked {Video}: {Frames} frames in {Seconds:F1} s, {Missing} without a face, {Detections} detections",
                videoPath, track.Frames.Count, (DateTime.UtcNow - started).TotalSeconds, track.MissingCount, track.Statistics?.Detections);
        return track;
    }

    private (int Width, int Height) FrameSize(IReadOnlyList<SourceShot> shots, bool group, DrivingLandmarks motion)
    {
        using var probe = CreateRenderer(new ComputeContext(threads: 1), shots, group, motion);
        if (!options.SideBySide) return (probe.Width, probe.Height);
        var left = motion.VideoPath is null ? probe.Height : (int)Math.Round((double)reader.Probe(motion.VideoPath).Width * probe.Height / reader.Probe(motion.VideoPath).Height);
        return (left + probe.Width, probe.Height);
    }

    private async IAsyncEnumerable<RgbImage> Frames(WorkItem item, IReadOnlyList<SourceShot> shots, bool group, DrivingLandmarks motion,
        FaceSchedule schedule, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var renderer = CreateRenderer(new ComputeContext(), shots, group, motion);
        var perFace = new IReadOnlyList<System.Numerics.Vector2>[renderer.MovingFaces];
        var drivingFrames = options.SideBySide && motion.VideoPath is not null
            ? reader.ReadFramesAsync(motion.VideoPath, cancellationToken).GetAsyncEnumerator(cancellationToken)
            : null;
        try
        {
            var decoded = -1;
            RgbImage? drivingFrame = null;
            for (var i = 0; i < schedule.OutputFrames; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var k = 0; k < perFace.Length; k++) perFace[k] = motion.Frames[schedule.DrivingFrame(i, k, motion.Frames.Length)];
                var frame = renderer.Render(perFace);
                if (options.SideBySide)
                {
                    while (drivingFrames is not null && decoded < motion.SourceFrames[i] && await drivingFrames.MoveNextAsync().ConfigureAwait(false))
                        (drivingFrame, decoded) = (drivingFrames.Current, decoded + 1);
                    var left = drivingFrame ?? SideBySide.Landmarks(motion.Frames[i], motion.Neutral, frame.Height);
                    frame = SideBySide.Compose(left, frame);
                }
                if (i == schedule.OutputFrames / 2) codec.Save(frame, Path.Combine(item.OutputDirectory, PosterFileName));
                yield return frame;
            }
        }
        finally
        {
            if (drivingFrames is not null) await drivingFrames.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void WriteSummary(WorkItem item, DrivingMotion driving, DrivingLandmarks motion, FaceSchedule schedule)
    {
        var summary = new Dictionary<string, object>
        {
            ["model"] = fewShot is null ? GenerateStageDefinition.WarpModel : GenerateStageDefinition.FewShotModel,
            ["driving"] = driving.ToString(),
            ["frames"] = schedule.OutputFrames,
            ["faces"] = schedule.Faces,
            ["missing_faces"] = motion.MissingCount,
            ["missing_policy"] = options.Missing.ToString(),
            ["frame_rate"] = motion.FrameRate.ToString(),
            ["audio"] = motion.HasAudio,
        };
        var path = Path.Combine(item.OutputDirectory, SummaryFileName);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(summary, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, path, overwrite: true);
    }

    private static Affine2D ToAffine(AffineTransform2D t) =>
        new((float)t.A, (float)t.B, (float)t.C, (float)t.D, (float)t.E, (float)t.F);

    /// <summary>The backend line of model <c>fewshot</c>.</summary>
    public static string FewShotBackend(FewShotModelLoader loader)
    {
        var isa = System.Runtime.Intrinsics.X86.Avx512F.IsSupported ? "AVX-512" : System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "AVX2" : "scalar";
        var size = loader.Model.Architecture.Size;
        return string.Create(CultureInfo.InvariantCulture, $"few-shot talking heads (E, P, G at {size}²) over the full-resolution warp, on CPU ({isa}, {Environment.ProcessorCount} threads)");
    }

    /// <summary>"thin-plate-spline warp at full resolution on CPU (AVX2, 2 threads)": the backend line logged at start.</summary>
    public static string Backend()
    {
        var isa = System.Runtime.Intrinsics.X86.Avx512F.IsSupported ? "AVX-512" : System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "AVX2" : "scalar";
        return string.Create(CultureInfo.InvariantCulture, $"thin-plate-spline warp, picture sampled once at full resolution (bicubic), on CPU ({isa}, {Environment.ProcessorCount} threads)");
    }
}
