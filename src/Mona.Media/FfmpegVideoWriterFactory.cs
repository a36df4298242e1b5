using Mona.Sdk.IO;
using Mona.Sdk.Media;

namespace Mona.Media;

/// <summary>
/// Opens FFmpeg-backed video writers: H.264 MP4 (with the audio of the request's audio source) or
/// GIF, chosen by the output extension.
/// </summary>
public sealed class FfmpegVideoWriterFactory : IVideoWriterFactory
{
    // Audio codecs an MP4 can carry as they are; anything else (PCM, Vorbis, ...) is re-encoded to AAC.
    private static readonly HashSet<string> Mp4AudioCodecs = new(StringComparer.OrdinalIgnoreCase) { "aac", "mp3", "ac3", "eac3", "alac", "opus" };

    private readonly MediaOptions _options;
    private readonly FfmpegBinaries _binaries;
    private readonly FfprobeAnalyzer _analyzer;

    public FfmpegVideoWriterFactory(MediaOptions options)
    {
        _options = options;
        _binaries = new FfmpegBinaries(options);
        _analyzer = new FfprobeAnalyzer(_binaries);
    }

    /// <inheritdoc />
    public IVideoWriter Open(VideoWriteRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Height);
        if (request.FrameRate.Numerator <= 0 || request.FrameRate.Denominator <= 0)
            throw new ArgumentException($"frame rate {request.FrameRate} must be positive", nameof(request));
        var isGif = FfmpegWriteArguments.IsGif(request.Path);
        if (!isGif && !Path.GetExtension(request.Path).Equals(".mp4", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"cannot write video {request.Path}: the extension must be .mp4 or .gif", nameof(request));

        var audio = isGif ? AudioTrackMode.None : ChooseAudio(request.AudioSourcePath);
        var scale = isGif && request.ScaleToWidth is { } width && width != request.Width ? width : (int?)null;
        var tempPath = AtomicFile.TempPathFor(request.Path);
        var arguments = FfmpegWriteArguments.For(request, scale, audio, tempPath, _options.X264Preset);
        return FfmpegVideoWriter.Start(_binaries, request, arguments, tempPath);
    }

    private AudioTrackMode ChooseAudio(string? audioSourcePath)
    {
        if (audioSourcePath is null) return AudioTrackMode.None;
        var audio = _analyzer.Analyse(audioSourcePath).PrimaryAudioStream;
        if (audio is null) return AudioTrackMode.None;
        return Mp4AudioCodecs.Contains(audio.CodecName ?? "")
            ? AudioTrackMode.Copy
            : AudioTrackMode.ReencodeAac;
    }
}
