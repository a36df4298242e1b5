using System.Numerics;
using Mona.Sdk;

namespace Mona.Reenact.Tracking;

/// <summary>
/// The raw landmark track of a driving video (before gap filling and smoothing, so those stay
/// tunable without tracking again), with what the encoder needs to match the video.
/// </summary>
/// <param name="ContentHash">SHA-256 of the video file's bytes.</param>
/// <param name="Width">Frame width.</param>
/// <param name="Height">Frame height.</param>
/// <param name="FrameRateNumerator">Exact frame rate, numerator.</param>
/// <param name="FrameRateDenominator">Exact frame rate, denominator.</param>
/// <param name="HasAudio">Whether the video has an audio stream.</param>
/// <param name="Tracker">The tracker options' fingerprint the track was made with.</param>
/// <param name="Frames">Per decoded frame, 136 numbers (x0, y0, x1, y1, …) or null when no face was found.</param>
/// <param name="Statistics">What tracking cost; null when unknown.</param>
public sealed record DrivingTrack(
    string ContentHash,
    int Width,
    int Height,
    long FrameRateNumerator,
    long FrameRateDenominator,
    bool HasAudio,
    string Tracker,
    IReadOnlyList<float[]?> Frames,
    TrackerStatistics? Statistics)
{
    /// <summary>The exact frame rate.</summary>
    public Rational FrameRate => new(FrameRateNumerator, FrameRateDenominator);

    /// <summary>Frames without a face.</summary>
    public int MissingCount => Frames.Count(f => f is null);

    /// <summary>The frames as landmark lists (null where missing).</summary>
    public IReadOnlyList<Vector2>?[] Landmarks() =>
        Frames.Select(f => f is null ? null : (IReadOnlyList<Vector2>)Unpack(f)).ToArray();

    /// <summary>136 numbers from 68 points.</summary>
    public static float[] Pack(IReadOnlyList<Vector2> points)
    {
        var packed = new float[points.Count * 2];
        for (var i = 0; i < points.Count; i++) (packed[2 * i], packed[2 * i + 1]) = (points[i].X, points[i].Y);
        return packed;
    }

    /// <summary>68 points from 136 numbers (the inverse of <see cref="Pack"/>).</summary>
    public static Vector2[] Unpack(float[] packed)
    {
        var points = new Vector2[packed.Length / 2];
        for (var i = 0; i < points.Length; i++) points[i] = new Vector2(packed[2 * i], packed[2 * i + 1]);
        return points;
    }
}
