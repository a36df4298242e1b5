using System.Diagnostics;

namespace Mona.Media;

/// <summary>Finds the ffmpeg and ffprobe binaries once and starts ffmpeg processes.</summary>
internal sealed class FfmpegBinaries
{
    private readonly Lazy<string> _ffmpeg;
    private readonly Lazy<string> _ffprobe;

    public FfmpegBinaries(MediaOptions options)
    {
        _ffmpeg = new Lazy<string>(() => Resolve(options.FfmpegFolder, "ffmpeg"));
        _ffprobe = new Lazy<string>(() => Resolve(options.FfmpegFolder, "ffprobe"));
    }

    /// <summary>Full path of ffmpeg.</summary>
    /// <exception cref="MediaToolNotFoundException">Not installed.</exception>
    public string Ffmpeg => _ffmpeg.Value;

    /// <summary>Full path of ffprobe.</summary>
    /// <exception cref="MediaToolNotFoundException">Not installed.</exception>
    public string Ffprobe => _ffprobe.Value;

    /// <summary>Starts ffmpeg with stderr collected into <paramref name="stderr"/> and the other pipes as asked.</summary>
    public Process StartFfmpeg(IEnumerable<string> arguments, StderrTail stderr, bool redirectInput, bool redirectOutput)
    {
        var info = new ProcessStartInfo(Ffmpeg)
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = redirectOutput,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info };
        process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process.Dispose();
            throw new MediaToolNotFoundException("ffmpeg");
        }
        process.BeginErrorReadLine();
        return process;
    }

    private static string Resolve(string? folder, string name)
    {
        var folders = folder is not null
            ? [folder]
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var candidateFolder in folders)
        {
            var candidate = Path.Combine(candidateFolder, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new MediaToolNotFoundException(name);
    }
}
