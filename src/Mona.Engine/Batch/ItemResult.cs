namespace Mona.Engine.Batch;

/// <summary>One item's line in the report.</summary>
/// <param name="Name">The item's name (its output folder).</param>
/// <param name="Shots">Full paths of its shots.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Error">Why it failed: a stage's <c>ItemFailedException</c> message verbatim, otherwise the exception's type and message; null unless failed.</param>
/// <param name="FailedStage">The stage that failed, or null (not failed, or failed before any stage ran).</param>
/// <param name="Stages">Time spent in each stage that ran, in order.</param>
/// <param name="DurationMilliseconds">Wall time of the whole item, hashing and moving included.</param>
/// <param name="Warnings">Warnings stages (or discovery) left for the user.</param>
/// <param name="Outputs">The files in <c>OUTPUT/&lt;name&gt;/</c>; empty unless succeeded or skipped.</param>
public sealed record ItemResult(
    string Name,
    IReadOnlyList<string> Shots,
    ItemStatus Status,
    string? Error,
    string? FailedStage,
    IReadOnlyList<StageTiming> Stages,
    double DurationMilliseconds,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<OutputFile> Outputs);
