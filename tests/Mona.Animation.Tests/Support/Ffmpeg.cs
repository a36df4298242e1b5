using System.Diagnostics;

namespace Mona.Animation.Tests.Support;

/// <summary>Runs the ffmpeg binary directly, as an independent reference for the code under test.</summary>
public static class Ffmpeg
{
    private static readonly Lazy<bool> Installed = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "ffmpeg"))));

    public static bool IsInstalled => Installed.Value;

    /// <summary>Runs ffmpeg and returns its stderr (where filters log); fails with it on a non-zero exit.</summary>
    public static string Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-hide_banner", "-nostdin", "-y", .. arguments]) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg {string.Join(' ', arguments)} failed: {error}");
        return error;
    }
}
