using System.Diagnostics;
using System.Numerics;
using Mona.Animation.Evaluation;
using Mona.Animation.Landmarks;
using Mona.Animation.Smoothing;
using Mona.Animation.Transfer;
using Mona.Imaging;
using Mona.Nn.Faces;
using Mona.Reenact.Rendering;
using Mona.Reenact.Tracking;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Reenact.Evaluation;

/// <summary>
/// Self-reenactment (Zakharov et al. §4): the clip's first frame is the source (the first frame
/// with a face, when the detector misses the opening frames), the clip both drives it and is the
/// ground truth; frames before the source are not scored. The generated frames are scored against the true ones with
/// SSIM and PSNR (whole frame and the true face's box), LMD (landmarks found by the same net on
/// the generated frame, over the true inter-ocular distance) and CSIM (identity descriptors); so
/// is the static baseline, the first frame repeated.
/// </summary>
/// <param name="models">The face networks (tracking, LMD, CSIM).</param>
/// <param name="reader">Decodes the clips.</param>
/// <param name="methods">The generators to score, each beside the static baseline.</param>
public sealed class ReenactmentEvaluator(FaceModels models, IVideoReader reader, IReadOnlyList<EvaluatedMethod> methods)
{
    /// <summary>The face box for the face-crop metrics, as a multiple of the landmarks' extent.</summary>
    private const float FaceBoxGrowth = 1.3f;

    /// <summary>The mouth box for the mouth PSNR, as a multiple of the mouth landmarks' extent.</summary>
    private const float MouthBoxGrowth = 1.5f;

    /// <summary>The landmark warp alone, at a <paramref name="cropSize"/>² aligned crop.</summary>
    public ReenactmentEvaluator(FaceModels models, IVideoReader reader, ComputeContext context, int cropSize = 256)
        : this(models, reader, [Warp(context, cropSize)])
    {
    }

    /// <summary>The landmark warp as an evaluated method: the source aligned to a <paramref name="cropSize"/>² crop of the template face.</summary>
    public static EvaluatedMethod Warp(ComputeContext context, int cropSize) => new("warp", (source, landmarks, neutral) =>
        new PortraitRenderer(context, [SourceShotFactory.FromLandmarks(source, landmarks, cropSize)], neutral, new MotionTransferOptions(), OutputMode.Full, false));

    /// <summary>Evaluates one clip over its first <paramref name="maxFrames"/> frames (all when null).</summary>
    /// <exception cref="InvalidDataException">No frame of the clip has a face.</exception>
    public async Task<ClipEvaluation> EvaluateAsync(string clipPath, int? maxFrames, CancellationToken cancellationToken)
    {
        if (methods.Count == 0) throw new InvalidOperationException("no generator to evaluate");
        var started = Stopwatch.GetTimestamp();
        var track = await new DrivingExtractor(models, reader).ExtractAsync(clipPath, "", maxFrames, cancellationToken).ConfigureAwait(false);
        var truth = track.Landmarks();
        var sourceIndex = Array.FindIndex(truth, t => t is not null);
        if (sourceIndex < 0) throw new InvalidDataException($"{clipPath}: no face found in any of its {truth.Length} frames");
        var motion = DrivingLandmarks.FromTrack(track, clipPath, MissingFacePolicy.Interpolate, new OneEuroOptions());
        var (scores, still, scored) = await ScoreFramesAsync(clipPath, truth, sourceIndex, motion, cancellationToken).ConfigureAwait(false);
        return new ClipEvaluation(Path.GetFileName(clipPath), scored, track.MissingCount, scores, still,
            Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private async Task<(IReadOnlyList<NamedScores> Methods, MethodScores Static, int Scored)> ScoreFramesAsync(
        string clipPath, IReadOnlyList<Vector2>?[] truth, int sourceIndex, DrivingLandmarks motion, CancellationToken cancellationToken)
    {
        RgbImage? source = null;
        var renderers = new List<IPortraitFrameRenderer>();
        float[]? sourceDescriptor = null;
        var accumulators = methods.Select(_ => new ScoreAccumulator()).ToArray();
        var still = new ScoreAccumulator();
        var index = 0;
        var scored = 0;
        try
        {
            await foreach (var frame in reader.ReadFramesAsync(clipPath, cancellationToken).ConfigureAwait(false))
            {
                if (index >= truth.Length) break;
                if (index == sourceIndex)
                {
                    source = frame;
                    renderers.AddRange(methods.Select(m => m.Create(source, truth[sourceIndex]!, motion.Frames[sourceIndex])));
                    sourceDescriptor = Describe(source, truth[sourceIndex]!);
                }
                // The source frame itself is not scored: that would reward the baseline for copying its input.
                if (index > sourceIndex && truth[index] is { } trueLandmarks)
                {
                    for (var m = 0; m < renderers.Count; m++)
                        ScoreFrame(accumulators[m], renderers[m].Render(motion.Frames[index]), frame, trueLandmarks, null, null);
                    ScoreFrame(still, source!, frame, trueLandmarks, truth[sourceIndex], sourceDescriptor);
                    scored++;
                }
                index++;
            }
        }
        finally
        {
            foreach (var renderer in renderers) renderer.Dispose();
        }
        return (methods.Select((m, i) => new NamedScores(m.Name, accumulators[i].Mean())).ToList(), still.Mean(), scored);
    }

    /// <summary>One frame's metrics; <paramref name="knownLandmarks"/> and <paramref name="knownDescriptor"/> skip the nets when the picture's are known (the static source).</summary>
    private void ScoreFrame(ScoreAccumulator scores, RgbImage generated, RgbImage truth, IReadOnlyList<Vector2> trueLandmarks,
        IReadOnlyList<Vector2>? knownLandmarks, float[]? knownDescriptor)
    {
        var box = FaceBox(trueLandmarks, FaceBoxGrowth);
        var generatedFace = FrameCrop.Square(generated, box.Left, box.Top, box.Side);
        var trueFace = FrameCrop.Square(truth, box.Left, box.Top, box.Side);
        var generatedLandmarks = knownLandmarks
            ?? models.Landmarks.Detect(generated, FaceTracker.BoxAround(trueLandmarks, generated.Width, generated.Height)).Points;
        var descriptor = knownDescriptor ?? Describe(generated, generatedLandmarks);
        var mouth = FaceBox(trueLandmarks.Skip(48).Take(20).ToArray(), MouthBoxGrowth);
        scores.Add(Ssim.Compute(generated, truth), Psnr.Capped(generated, truth), Ssim.Compute(generatedFace, trueFace),
            Psnr.Capped(generatedFace, trueFace), LandmarkDistance.Normalized(generatedLandmarks, trueLandmarks),
            Descriptors.CosineSimilarity(descriptor, Describe(truth, trueLandmarks)),
            Psnr.Capped(FrameCrop.Square(generated, mouth.Left, mouth.Top, mouth.Side), FrameCrop.Square(truth, mouth.Left, mouth.Top, mouth.Side)));
    }

    private float[] Describe(RgbImage image, IReadOnlyList<Vector2> landmarks) =>
        models.Recognition.Describe(image, new FaceLandmarks68(landmarks, image.Width, image.Height));

    private static (int Left, int Top, int Side) FaceBox(IReadOnlyList<Vector2> landmarks, float growth)
    {
        Vector2 min = new(float.MaxValue), max = new(float.MinValue);
        foreach (var p in landmarks) (min, max) = (Vector2.Min(min, p), Vector2.Max(max, p));
        var side = (int)MathF.Ceiling(MathF.Max(max.X - min.X, max.Y - min.Y) * growth);
        var centre = (min + max) / 2;
        return ((int)MathF.Floor(centre.X - side / 2f), (int)MathF.Floor(centre.Y - side / 2f), side);
    }
}
