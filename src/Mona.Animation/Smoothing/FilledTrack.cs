using System.Numerics;

namespace Mona.Animation.Smoothing;

/// <summary>A landmark track with its gaps handled.</summary>
/// <param name="Frames">The landmarks of every output frame.</param>
/// <param name="SourceFrames">For each output frame, the input frame index it stands for.</param>
/// <param name="MissingCount">Input frames without a face (reported, whatever the policy).</param>
public sealed record FilledTrack(Vector2[][] Frames, int[] SourceFrames, int MissingCount);
