namespace Mona.Sdk.Stages;

/// <summary>The motion that animates a portrait: a driving video, or a built-in preset by name.</summary>
/// <param name="VideoPath">Full path of the driving video, or null for a preset.</param>
/// <param name="Preset">Preset name (for example <c>talk</c>), or null for a video.</param>
/// <param name="DurationSeconds">Length of a preset motion.</param>
/// <param name="FrameRate">Frame rate of a preset motion.</param>
public sealed record DrivingMotion(string? VideoPath, string? Preset, double DurationSeconds, Rational FrameRate)
{
    public bool IsVideo => VideoPath is not null;

    public override string ToString() => VideoPath ?? $"preset:{Preset}";
}
