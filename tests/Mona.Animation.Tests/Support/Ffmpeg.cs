namespace Mona.Animation.Tests.Support;

/// <summary>Runs the ffmpeg binary directly, as an independent reference for the code under test.</summary>
public static class Ffmpeg
{
    /// <summary>Runs ffmpeg and returns its stderr (where filters log); fails with it on a non-zero exit.</summary>
    public static string Run(params string[] arguments) => ToolRunner.Execute("ffmpeg", ["-hide_banner", "-nostdin", "-y", .. arguments]).Errors;
}
