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
/// <param name="context">Compute for the warp.</param>
/// <param name="cropSize">Side of the aligned crop the warp runs at (the align stage's <c>size</c>).</param>
public sealed class ReenactmentEvaluator(FaceModels models, IVideoReader reader, ComputeContext context, int cropSize = 256)
{

    /// <summary>The face box for the face-crop metrics, as a multiple of the landmarks' extent.</summary>
    private const float FaceBoxGrowth = 1.3f;

    /// <summary>Evaluates one clip over its first <paramref name="maxFrames"/> frames (all when null).</summary>
    /// <exception cref="InvalidDataException">No frame of the clip has a face.</exception>
    public async Task<ClipEvaluation> EvaluateAsync(string clipPath, int? maxFrames, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var track = await new DrivingExtractor(models, reader).ExtractAsync(clipPath, "", maxFrames, cancellationToken).ConfigureAwait(false);
        var truth = track.Landmarks();
        var sourceIndex = Array.FindIndex(truth, t => t is not null);
        if (sourceIndex < 0) throw new InvalidDataException($"{clipPath}: no face found in any of its {truth.Length} frames");
        var motion = DrivingLandmarks.FromTrack(track, clipPath, MissingFacePolicy.Interpolate, new OneEuroOptions());
        var (model, still, scored) = await ScoreFramesAsync(clipPath, truth, sourceIndex, motion, cancellationToken).ConfigureAwait(false);
        return new ClipEvaluation(Path.GetFileName(clipPath), scored, track.MissingCount, model, still,
            Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private async Task<(MethodScores Model, MethodScores Static, int Scored)> ScoreFramesAsync(
        string clipPath, IReadOnlyList<Vector2>?[] truth, int sourceIndex, DrivingLandmarks motion, CancellationToken cancellationToken)
    {
        RgbImage? source = null;
        PortraitRenderer? renderer = null;
        float[]? sourceDescriptor = null;
        var model = new ScoreAccumulator();
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
                    renderer = Renderer(source, truth[sourceIndex]!, motion.Frames[sourceIndex]);
                    sourceDescriptor = Describe(source, truth[sourceIndex]!);
                }
                // The source frame itself is not scored: that would reward the baseline for copying its input.
                if (index > sourceIndex && truth[index] is { } trueLandmarks)
                {
                    var generated = renderer!.Render(motion.Frames[index]);
                    ScoreFrame(model, generated, frame, trueLandmarks, null, null);
                    ScoreFrame(still, source!, frame, trueLandmarks, truth[sourceIndex], sourceDescriptor);
                    scored++;
                }
                index++;
            }
        }
        finally
        {
            renderer?.Dispose();
        }
        return (model.Mean(), still.Mean(), scored);
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
        scores.Add(Ssim.Compute(generated, truth), Psnr.Capped(generated, truth), Ssim.Compute(generatedFace, trueFace),
            Psnr.Capped(generatedFace, trueFace), LandmarkDistance.Normalized(generatedLandmarks, trueLandmarks),
            Descriptors.CosineSimilarity(descriptor, Describe(truth, trueLandmarks)));
    }

    private float[] Describe(RgbImage image, IReadOnlyList<Vector2> landmarks) =>
        models.Recognition.Describe(image, new FaceLandmarks68(landmarks, image.Width, image.Height));

    /// <summary>The warp renderer for the source frame, aligned to a cropSize² crop of the template face.</summary>
    private PortraitRenderer Renderer(RgbImage source, IReadOnlyList<Vector2> landmarks, IReadOnlyList<Vector2> neutral) =>
        new(context, [SourceShotFactory.FromLandmarks(source, landmarks, cropSize)], neutral, new MotionTransferOptions(), OutputMode.Full, false);

    private static (int Left, int Top, int Side) FaceBox(IReadOnlyList<Vector2> landmarks, float growth)
    {
        Vector2 min = new(float.MaxValue), max = new(float.MinValue);
        foreach (var p in landmarks) (min, max) = (Vector2.Min(min, p), Vector2.Max(max, p));
        var side = (int)MathF.Ceiling(MathF.Max(max.X - min.X, max.Y - min.Y) * growth);
        var centre = (min + max) / 2;
        return ((int)MathF.Floor(centre.X - side / 2f), (int)MathF.Floor(centre.Y - side / 2f), side);
    }
}
