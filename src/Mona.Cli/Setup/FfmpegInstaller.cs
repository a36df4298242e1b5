namespace Mona.Cli.Setup;

/// <summary>
/// Makes sure ffmpeg and ffprobe are on PATH: installs Debian's package when running as root,
/// otherwise names the exact command to run.
/// </summary>
internal static class FfmpegInstaller
{
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(10);

    public static async Task<string> EnsureAsync(TextWriter log)
    {
        if (await VersionAsync() is { } present) return present;
        if (Environment.UserName != "root" && !OperatingSystem.IsWindows() && geteuid() != 0)
            throw new SetupException("ffmpeg is not installed. Run: sudo apt-get install -y ffmpeg   (then ./mona setup again)");

        log.WriteLine("setup: ffmpeg missing; installing Debian's ffmpeg package with apt-get...");
        var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var update = await ProcessRunner.RunAsync("apt-get", ["update", "-qq"], AptTimeout, environment: env);
        if (update is null)
            throw new SetupException("ffmpeg is not installed and apt-get is not available: install ffmpeg 5.1 or newer with your system's package manager");
        var install = await ProcessRunner.RunAsync("apt-get", ["install", "-y", "-qq", "ffmpeg"], AptTimeout, environment: env);
        if (install is not { ExitCode: 0 })
            throw new SetupException($"apt-get install ffmpeg failed ({install?.LastLine}); offline? Run: apt-get install -y ffmpeg");
        return await VersionAsync() ?? throw new SetupException("apt-get installed ffmpeg but it is still not on PATH");
    }

    private static async Task<string?> VersionAsync()
    {
        var ffmpeg = await ProcessRunner.RunAsync("ffmpeg", ["-hide_banner", "-version"], TimeSpan.FromSeconds(30));
        var ffprobe = await ProcessRunner.RunAsync("ffprobe", ["-hide_banner", "-version"], TimeSpan.FromSeconds(30));
        if (ffmpeg is not { ExitCode: 0 } || ffprobe is not { ExitCode: 0 }) return null;
        return ffmpeg.StandardOutput.Split('\n')[0].Trim();
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();
}
