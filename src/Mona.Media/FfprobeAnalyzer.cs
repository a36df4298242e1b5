using FFMpegCore;
using Mona.Sdk.Stages;

namespace Mona.Media;

/// <summary>Runs FFProbe.Analyse against the resolved ffprobe, turning its failures into item errors that name the file.</summary>
internal sealed partial class FfprobeAnalyzer
{
    private readonly FfmpegBinaries _binaries;

    public FfprobeAnalyzer(FfmpegBinaries binaries) => _binaries = binaries;

    /// <summary>Analyses a media file; <paramref name="extraArguments"/> go to ffprobe as they are (for example <c>-count_packets</c>).</summary>
    /// <exception cref="ItemFailedException">The file is missing or ffprobe cannot read it.</exception>
    public IMediaAnalysis Analyse(string path, string? extraArguments = null)
    {
        if (!File.Exists(path)) throw new ItemFailedException($"cannot read video {path}: file not found");
        if (new FileInfo(path).Length == 0) throw new ItemFailedException($"cannot read video {path}: file is empty (0 bytes)");
        var options = new FFOptions { BinaryFolder = Path.GetDirectoryName(_binaries.Ffprobe)! };
        try
        {
            return FFProbe.Analyse(path, options, extraArguments);
        }
        catch (Exception e) when (e is FFMpegCore.Exceptions.FFMpegException or FFMpegCore.Exceptions.FormatNullException
                                      or System.Text.Json.JsonException or InvalidOperationException)
        {
            throw new ItemFailedException($"cannot read video {path}: ffprobe cannot read it ({Reason(e.Message, path)})", e);
        }
    }

    /// <summary>
    /// ffprobe's own words without the wrapping: FFMpegCore reports "ffprobe exited with non-zero
    /// exit-code (1 - LINES)", and ffprobe prefixes lines with "[demuxer @ 0xADDRESS]" or the path.
    /// </summary>
    private static string Reason(string message, string path)
    {
        var text = message.Trim();
        var wrapper = WrapperPattern().Match(text);
        if (wrapper.Success) text = text[wrapper.Length..^(text.EndsWith(')') ? 1 : 0)];
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => ContextPattern().Replace(line, ""))
            .Select(line => line.StartsWith(path + ": ", StringComparison.Ordinal) ? line[(path.Length + 2)..] : line)
            .Where(line => line.Length > 0);
        var reason = string.Join("; ", lines);
        return reason.Length > 0 ? reason : "no message from ffprobe";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^ffprobe exited with non-zero exit-code \(\d+ - ")]
    private static partial System.Text.RegularExpressions.Regex WrapperPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[[^\]]* @ 0x[0-9a-f]+\]\s*")]
    private static partial System.Text.RegularExpressions.Regex ContextPattern();
}
