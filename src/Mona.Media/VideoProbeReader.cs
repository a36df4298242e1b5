using System.Globalization;
using System.Text.Json;
using FFMpegCore;
using Mona.Sdk;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Media;

/// <summary>Builds a <see cref="VideoInfo"/> from an ffprobe analysis, keeping the frame rate an exact fraction.</summary>
internal static class VideoProbeReader
{
    public static VideoInfo ToVideoInfo(string path, IMediaAnalysis analysis, Func<long> countFrames)
    {
        var video = analysis.PrimaryVideoStream
            ?? throw new ItemFailedException($"cannot read video {path}: it has no video stream");
        var raw = analysis.Raw.Streams.FirstOrDefault(s => s.Index == video.Index)
            ?? throw new ItemFailedException($"cannot read video {path}: ffprobe lists no stream {video.Index}");
        if (video.Width is not > 0 || video.Height is not > 0)
            throw new ItemFailedException($"cannot read video {path}: the video stream has no frame size");

        // ffmpeg auto-rotates on decode, so a 90° display matrix swaps the size the frames arrive in.
        var quarterTurn = Math.Abs(video.Rotation) % 180 == 90;
        var width = quarterTurn ? video.Height.Value : video.Width.Value;
        var height = quarterTurn ? video.Width.Value : video.Height.Value;
        var rate = ExactRate(path, raw.FrameRate, raw.AvgFrameRate);
        var duration = video.Duration > TimeSpan.Zero ? video.Duration : analysis.Format.Duration;
        var frames = ReadLong(raw.ExtensionData, "nb_frames") ?? countFrames();
        return new VideoInfo(path, width, height, rate, frames, duration, analysis.PrimaryAudioStream is not null);
    }

    /// <summary>
    /// Chooses between r_frame_rate (the stream's base rate, clean fractions like 30000/1001) and
    /// avg_frame_rate (frames over duration). They agree for constant-rate video; r_frame_rate is
    /// kept unless it is clearly a timebase artefact (more than 1% away from the average).
    /// </summary>
    private static Rational ExactRate(string path, string? realText, string? averageText)
    {
        var real = TryParseRate(realText);
        var average = TryParseRate(averageText);
        if (real is { } r && (average is not { } a || Math.Abs(r.Value - a.Value) <= 0.01 * a.Value)) return r;
        return average ?? real
            ?? throw new ItemFailedException($"cannot read video {path}: no frame rate (r_frame_rate '{realText}', avg_frame_rate '{averageText}')");
    }

    private static Rational? TryParseRate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            var rate = Rational.Parse(text);
            return rate.Numerator > 0 && rate.Denominator > 0 ? rate : null;
        }
        catch (FormatException)
        {
            // "0/0" (no rate) lands here through the zero denominator.
            return null;
        }
    }

    public static long? ReadLong(IReadOnlyDictionary<string, JsonElement>? data, string key)
    {
        if (data is null || !data.TryGetValue(key, out var element)) return null;
        return element.ValueKind switch
        {
            JsonValueKind.Number when element.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
