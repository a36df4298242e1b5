using System.Diagnostics;
using System.Runtime.CompilerServices;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Media;

/// <summary>
/// Reads videos through FFmpeg: probes with FFMpegCore's FFProbe.Analyse and streams decoded
/// frames as raw rgb24 from an ffmpeg process's stdout, one frame buffer at a time.
/// </summary>
/// <remarks>
/// Frames come from a direct <see cref="System.Diagnostics.Process"/> rather than FFMpegCore's
/// StreamPipeSink: the sink hands ffmpeg's output to a callback that runs while FFMpegCore awaits
/// the process, which an async iterator cannot yield from without a second pipe and a producer
/// task. Reading stdout here yields each frame as it arrives and lets the consumer's pace (and
/// early exit, which kills ffmpeg) drive the decoder.
/// </remarks>
public sealed class FfmpegVideoReader : IVideoReader
{
    private readonly FfmpegBinaries _binaries;
    private readonly FfprobeAnalyzer _analyzer;

    public FfmpegVideoReader(MediaOptions options)
    {
        _binaries = new FfmpegBinaries(options);
        _analyzer = new FfprobeAnalyzer(_binaries);
    }

    /// <inheritdoc />
    public VideoInfo Probe(string path)
    {
        var analysis = _analyzer.Analyse(path);
        return VideoProbeReader.ToVideoInfo(path, analysis, () => CountPackets(path));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RgbImage> ReadFramesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var info = Probe(path);
        var frameBytes = checked(info.Width * info.Height * 3);
        var stderr = new StderrTail();
        // passthrough: every decoded frame once, never duplicated or dropped to fit a constant rate.
        using var process = _binaries.StartFfmpeg(
            ["-hide_banner", "-nostdin", "-v", "error", "-i", path, "-map", "0:v:0", "-fps_mode", "passthrough",
             "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
            stderr, redirectInput: false, redirectOutput: true);
        try
        {
            var output = process.StandardOutput.BaseStream;
            while (true)
            {
                // A fresh buffer per frame: the consumer owns what it receives, and only the
                // frames it still holds stay alive.
                var pixels = new byte[frameBytes];
                var read = await output.ReadAtLeastAsync(pixels, frameBytes, throwOnEndOfStream: false, cancellationToken);
                if (read == 0) break;
                if (read < frameBytes) throw new ItemFailedException($"cannot read video {path}: the last frame is incomplete ({stderr})");
                yield return new RgbImage(info.Width, info.Height, pixels);
            }
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
                throw new ItemFailedException($"cannot read video {path}: ffmpeg failed with exit code {process.ExitCode} ({stderr})");
        }
        finally
        {
            StopIfRunning(process);
        }
    }

    /// <summary>Counts video packets when the container does not store a frame count (Matroska, WebM).</summary>
    private long CountPackets(string path)
    {
        var analysis = _analyzer.Analyse(path, "-count_packets");
        var video = analysis.PrimaryVideoStream;
        var raw = video is null ? null : analysis.Raw.Streams.FirstOrDefault(s => s.Index == video.Index);
        return VideoProbeReader.ReadLong(raw?.ExtensionData, "nb_read_packets") ?? -1;
    }

    /// <summary>Ends ffmpeg when the consumer stops early (break, cancellation or an error).</summary>
    internal static void StopIfRunning(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill.
        }
    }
}
