namespace Mona.Animation.Reporting;

/// <summary>One portrait's entry in the HTML report.</summary>
/// <param name="Name">The portrait's name (file name), shown escaped.</param>
/// <param name="VideoPath">The animation (MP4, WebM or GIF), relative to the report's folder; null when none was made.</param>
/// <param name="PosterPath">A still frame (PNG or JPEG), relative to the report's folder; null when none.</param>
/// <param name="FrameCount">Frames generated.</param>
/// <param name="Timings">Time per stage, in pipeline order.</param>
/// <param name="Warnings">Warnings raised for this portrait.</param>
/// <param name="Error">Why the portrait failed, or null.</param>
public sealed record PortraitReport(
    string Name,
    string? VideoPath,
    string? PosterPath,
    int FrameCount,
    IReadOnlyList<KeyValuePair<string, TimeSpan>> Timings,
    IReadOnlyList<string> Warnings,
    string? Error = null)
{
    /// <summary>Sum of the stage timings.</summary>
    public TimeSpan Total => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Value);
}
