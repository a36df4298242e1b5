namespace Mona.Reenact.Evaluation;

/// <summary>One generator's scores on one clip.</summary>
/// <param name="Method">The generator's name (<c>warp</c>, <c>fewshot</c>, …).</param>
/// <param name="Scores">Its mean scores over the clip's frames.</param>
public sealed record NamedScores(string Method, MethodScores Scores);
