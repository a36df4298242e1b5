namespace Mona.Engine.Batch;

/// <summary>How long one stage took on one item.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Milliseconds">Wall time of its <c>RunAsync</c>.</param>
public sealed record StageTiming(string Stage, double Milliseconds);
