namespace Mona.Reenact.Evaluation;

/// <summary>Self-reenactment of one clip: its first frame animated by the clip itself, scored against the clip.</summary>
/// <param name="Clip">The clip's file name.</param>
/// <param name="Frames">Frames scored (the first frame, the source, and frames without a true face excluded).</param>
/// <param name="MissingFaces">Frames where tracking found no face (filled by interpolation for driving, not scored).</param>
/// <param name="Model">The generator's scores.</param>
/// <param name="Static">The static baseline's (the first frame repeated).</param>
/// <param name="Seconds">Wall time of the clip's evaluation.</param>
public sealed record ClipEvaluation(string Clip, int Frames, int MissingFaces, MethodScores Model, MethodScores Static, double Seconds);
