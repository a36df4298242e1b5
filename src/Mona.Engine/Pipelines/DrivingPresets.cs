namespace Mona.Engine.Pipelines;

/// <summary>
/// The built-in driving motions a pipeline can name instead of a video
/// (<c>driving: {preset: talk, duration: 4, fps: 25}</c>), with their defaults and limits.
/// </summary>
public static class DrivingPresets
{
    /// <summary>Every preset name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["talk", "nod", "shake", "blink", "smile", "mix", "still"];

    /// <summary>Length of a preset motion when the file does not say.</summary>
    public const double DefaultDurationSeconds = 4;

    /// <summary>Frame rate of a preset motion when the file does not say.</summary>
    public const long DefaultFramesPerSecond = 25;

    /// <summary>Longest preset motion, in seconds; a longer one is almost certainly a typo (minutes for seconds).</summary>
    public const double MaxDurationSeconds = 600;

    /// <summary>Highest preset frame rate.</summary>
    public const double MaxFramesPerSecond = 120;

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);
}
