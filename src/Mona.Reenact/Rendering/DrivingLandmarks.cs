using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Animation.Presets;
using Mona.Animation.Smoothing;
using Mona.Reenact.Tracking;
using Mona.Sdk;

namespace Mona.Reenact.Rendering;

/// <summary>The driving motion ready to transfer: one landmark set per output frame, and the neutral they move from.</summary>
/// <param name="Frames">Landmarks per output frame (gaps filled, smoothed).</param>
/// <param name="SourceFrames">For each output frame, the driving video frame it stands for (identity for presets).</param>
/// <param name="Neutral">The driving face's neutral: its first frame with a face, or the preset template.</param>
/// <param name="MissingCount">Driving frames without a face.</param>
/// <param name="FrameRate">Exact output frame rate.</param>
/// <param name="VideoPath">The driving video, or null for a preset.</param>
/// <param name="HasAudio">Whether the driving video has audio to carry.</param>
public sealed record DrivingLandmarks(
    Vector2[][] Frames,
    int[] SourceFrames,
    IReadOnlyList<Vector2> Neutral,
    int MissingCount,
    Rational FrameRate,
    string? VideoPath,
    bool HasAudio)
{
    /// <summary>A preset motion in the canonical frame.</summary>
    public static DrivingLandmarks FromPreset(MotionPreset preset, double seconds, Rational rate, int seed)
    {
        var frames = PresetMotionGenerator.Generate(preset, seconds, rate.Value, seed);
        return new DrivingLandmarks(frames, Enumerable.Range(0, frames.Length).ToArray(), CanonicalFace.Points2D(), 0, rate, null, false);
    }

    /// <summary>A tracked video: gaps filled by <paramref name="policy"/>, then one-euro smoothed (unless <paramref name="smoothing"/> is null).</summary>
    /// <exception cref="InvalidDataException">No frame of the video has a face.</exception>
    public static DrivingLandmarks FromTrack(DrivingTrack track, string videoPath, MissingFacePolicy policy, OneEuroOptions? smoothing)
    {
        var raw = track.Landmarks();
        if (raw.All(f => f is null)) throw new InvalidDataException($"driving video {videoPath}: no face found in any of its {raw.Length} frames");
        var filled = TrackGaps.Fill(raw, policy);
        var frames = smoothing is null
            ? filled.Frames
            : LandmarkSmoother.SmoothTrack(filled.Frames, track.FrameRate.Value, smoothing);
        return new DrivingLandmarks(frames, filled.SourceFrames, frames[0], filled.MissingCount, track.FrameRate, videoPath, track.HasAudio);
    }
}
