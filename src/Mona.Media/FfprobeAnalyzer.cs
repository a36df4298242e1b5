using FFMpegCore;
using Mona.Sdk.Stages;

namespace Mona.Media;

/// <summary>Runs FFProbe.Analyse against the resolved ffprobe, turning its failures into item errors that name the file.</summary>
internal sealed class FfprobeAnalyzer
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
            throw new ItemFailedException($"cannot read video {path}: ffprobe cannot read it ({FirstLine(e.Message)})", e);
        }
    }

    private static string FirstLine(string message)
    {
        var trimmed = message.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
