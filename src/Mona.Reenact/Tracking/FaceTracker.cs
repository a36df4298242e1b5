using System.Diagnostics;
using System.Numerics;
using Mona.Nn.Faces;
using Mona.Sdk.Media;

namespace Mona.Reenact.Tracking;

/// <summary>
/// Follows one face through consecutive frames: SSD finds it on the first frame and whenever it
/// is lost; in between, the box is predicted from the previous frame's landmarks and only the
/// landmark net runs. A fit counts as lost when the face jumps or changes size too much between
/// frames, or when the tiny detector, run on the neighbourhood of the face every
/// <see cref="TrackerOptions.CheckEvery"/> frames, no longer sees a face there.
/// Not thread-safe: one tracker per video.
/// </summary>
public sealed class FaceTracker
{
    /// <summary>The landmark box as a fraction of the landmarks' extent (face-api's SSD boxes are about this much larger).</summary>
    private const float BoxGrowth = 1.15f;

    /// <summary>The tiny detector's input side for the neighbourhood check (small: the crop is about two faces wide).</summary>
    private const int CheckInputSize = 160;

    private readonly FaceModels _models;
    private readonly TrackerOptions _options;
    private Vector2[]? _previous;
    private int _followed;

    public FaceTracker(FaceModels models, TrackerOptions? options = null)
    {
        _models = models;
        _options = options ?? new TrackerOptions();
        _options.Validate();
    }

    /// <summary>Counters and timings so far.</summary>
    public TrackerStatistics Statistics { get; } = new();

    /// <summary>The 68 landmarks of the face in <paramref name="frame"/>, or null when none was found.</summary>
    public Vector2[]? Track(RgbImage frame)
    {
        Statistics.Frames++;
        var landmarks = _previous is null ? Acquire(frame) : Follow(frame, _previous);
        _previous = landmarks;
        if (landmarks is null) Statistics.Missing++;
        return landmarks;
    }

    /// <summary>Full-frame detection; the largest face wins.</summary>
    private Vector2[]? Acquire(RgbImage frame)
    {
        _followed = 0;
        var start = Stopwatch.GetTimestamp();
        var detections = _models.Ssd.Detect(frame, _options.DetectScore);
        Statistics.Detections++;
        Statistics.DetectTime += Stopwatch.GetElapsedTime(start);
        if (detections.Count == 0) return null;
        return Landmarks(frame, detections.MaxBy(d => d.Width * d.Height)!);
    }

    private Vector2[]? Follow(RgbImage frame, Vector2[] previous)
    {
        var box = BoxAround(previous, frame.Width, frame.Height);
        if (++_followed % _options.CheckEvery == 0 && !FaceNear(frame, box)) return Lost(frame);
        var landmarks = Landmarks(frame, box);
        return Plausible(previous, landmarks) ? landmarks : Lost(frame);
    }

    private Vector2[]? Lost(RgbImage frame)
    {
        Statistics.Losses++;
        return Acquire(frame);
    }

    private Vector2[] Landmarks(RgbImage frame, FaceDetection box)
    {
        var start = Stopwatch.GetTimestamp();
        var points = _models.Landmarks.Detect(frame, box).Points.ToArray();
        Statistics.LandmarkTime += Stopwatch.GetElapsedTime(start);
        return points;
    }

    /// <summary>Whether the tiny detector finds a face overlapping <paramref name="box"/> in a crop twice its size.</summary>
    private bool FaceNear(RgbImage frame, FaceDetection box)
    {
        var start = Stopwatch.GetTimestamp();
        var side = (int)MathF.Ceiling(box.Width * 2);
        var left = (int)MathF.Floor(box.X + box.Width / 2 - side / 2f);
        var top = (int)MathF.Floor(box.Y + box.Height / 2 - side / 2f);
        var crop = FrameCrop.Square(frame, left, top, side);
        var found = _models.Tiny.Detect(crop, _options.CheckScore, CheckInputSize)
            .Select(d => d with { X = d.X + left, Y = d.Y + top })
            .Any(d => d.IntersectionOverUnion(box) > 0.3f);
        Statistics.CheckTime += Stopwatch.GetElapsedTime(start);
        return found;
    }

    /// <summary>Whether the face moved and scaled by a believable amount since the previous frame.</summary>
    private bool Plausible(Vector2[] previous, Vector2[] current)
    {
        var (previousCentre, previousSize) = Extent(previous);
        var (currentCentre, currentSize) = Extent(current);
        var ratio = currentSize / previousSize;
        return Vector2.Distance(previousCentre, currentCentre) <= _options.MaxJump * previousSize
            && ratio <= _options.MaxScaleChange && ratio >= 1 / _options.MaxScaleChange;
    }

    /// <summary>The square landmark box for the next frame, centred on the previous landmarks' extent.</summary>
    internal static FaceDetection BoxAround(IReadOnlyList<Vector2> landmarks, int width, int height)
    {
        var (centre, size) = Extent(landmarks);
        var side = size * BoxGrowth;
        var x = Math.Clamp(centre.X - side / 2, -side / 2, width - side / 2);
        var y = Math.Clamp(centre.Y - side / 2, -side / 2, height - side / 2);
        return new FaceDetection(x, y, side, side, 1f);
    }

    /// <summary>Centre and larger side of the landmarks' bounding box.</summary>
    private static (Vector2 Centre, float Size) Extent(IReadOnlyList<Vector2> points)
    {
        Vector2 min = new(float.MaxValue), max = new(float.MinValue);
        foreach (var p in points)
        {
            min = Vector2.Min(min, p);
            max = Vector2.Max(max, p);
        }
        return ((min + max) / 2, MathF.Max(1f, MathF.Max(max.X - min.X, max.Y - min.Y)));
    }
}
