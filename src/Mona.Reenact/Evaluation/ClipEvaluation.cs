namespace Mona.Reenact.Evaluation;

/// <summary>Self-reenactment of one clip: its first frame animated by the clip itself, scored against the clip.</summary>
/// <param name="Clip">The clip's file name.</param>
/// <param name="Frames">Frames scored (the first frame, the source, and frames without a true face excluded).</param>
/// <param name="MissingFaces">Frames where tracking found no face (filled by interpolation for driving, not scored).</param>
/// <param name="Methods">Each generator's scores, in the order they were asked for.</param>
/// <param name="Static">The static baseline's (the first frame repeated).</param>
/// <param name="Seconds">Wall time of the clip's evaluation.</param>
public sealed record ClipEvaluation(string Clip, int Frames, int MissingFaces, IReadOnlyList<NamedScores> Methods, MethodScores Static, double Seconds)
{
    /// <summary>The first generator's scores.</summary>
    public MethodScores Model => Methods[0].Scores;
}
