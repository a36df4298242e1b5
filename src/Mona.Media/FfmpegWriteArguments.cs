using System.Globalization;
using Mona.Sdk.Media;

namespace Mona.Media;

/// <summary>Builds the ffmpeg command line for one output: raw rgb24 frames on stdin, MP4 or GIF out.</summary>
internal static class FfmpegWriteArguments
{
    public static List<string> For(VideoWriteRequest request, int? scaleToWidth, AudioTrackMode audio, string tempPath, string x264Preset)
    {
        // The exact fraction goes to ffmpeg as text ("30000/1001"), so no rounding ever happens.
        var rate = request.FrameRate.Reduce().ToString();
        var arguments = new List<string>
        {
            "-hide_banner", "-nostdin", "-v", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24",
            "-video_size", string.Create(CultureInfo.InvariantCulture, $"{request.Width}x{request.Height}"),
            "-framerate", rate, "-i", "pipe:0",
        };
        if (IsGif(request.Path)) AddGif(arguments, scaleToWidth);
        else AddMp4(arguments, request, audio, x264Preset);
        arguments.Add(tempPath);
        return arguments;
    }

    public static bool IsGif(string path) => Path.GetExtension(path).Equals(".gif", StringComparison.OrdinalIgnoreCase);

    private static void AddMp4(List<string> arguments, VideoWriteRequest request, AudioTrackMode audio, string x264Preset)
    {
        if (audio != AudioTrackMode.None) arguments.AddRange(["-i", request.AudioSourcePath!]);
        arguments.AddRange(["-map", "0:v:0"]);
        if (audio != AudioTrackMode.None) arguments.AddRange(["-map", "1:a:0"]);
        // yuv420p halves chroma in both axes, so x264 needs even sizes: pad one black pixel.
        if (request.Width % 2 != 0 || request.Height % 2 != 0) arguments.AddRange(["-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"]);
        arguments.AddRange(["-c:v", "libx264", "-preset", x264Preset,
            "-crf", request.Quality.ToString(CultureInfo.InvariantCulture), "-pix_fmt", "yuv420p"]);
        if (audio == AudioTrackMode.Copy) arguments.AddRange(["-c:a", "copy"]);
        if (audio == AudioTrackMode.ReencodeAac) arguments.AddRange(["-c:a", "aac", "-b:a", "192k"]);
        // faststart moves the index (moov) before the data so players can start while downloading.
        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4"]);
    }

    private static void AddGif(List<string> arguments, int? scaleToWidth)
    {
        // One pass: split the stream, build a 256-colour palette from one copy, map the other
        // through it. palettegen needs every frame first, so ffmpeg buffers the (scaled) clip.
        var scale = scaleToWidth is { } width
            ? string.Create(CultureInfo.InvariantCulture, $"scale={width}:-1:flags=lanczos,")
            : "";
        arguments.AddRange(["-filter_complex", $"[0:v]{scale}split[a][b];[a]palettegen[p];[b][p]paletteuse",
            "-loop", "0", "-f", "gif"]);
    }
}
