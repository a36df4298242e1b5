using System.Diagnostics;

namespace Mona.Cli.Tests.Animate;

/// <summary>Runs the ffmpeg command line (on PATH) for test inputs and independent measurements.</summary>
internal static class FfmpegTool
{
    /// <summary>Runs ffmpeg with the arguments and returns its log (stderr); throws with the log on failure.</summary>
    public static string Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in (string[])["-hide_banner", "-nostdin", "-y", .. arguments]) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg {string.Join(' ', arguments)} failed ({process.ExitCode}): {log}");
        return log;
    }
}
