using System.Text.Json;

namespace Mona.Media.Tests.Support;

/// <summary>Runs ffmpeg and ffprobe directly: to make test media and to check outputs independently of the code under test.</summary>
public static class MediaTool
{
    /// <summary>Runs ffmpeg quietly; fails the test with ffmpeg's stderr if it fails.</summary>
    public static void Ffmpeg(params string[] arguments) => RunBytes("ffmpeg", ["-hide_banner", "-v", "error", "-y", .. arguments]);

    /// <summary>Decodes one frame (0-based index) with ffmpeg itself, as raw rgb24.</summary>
    public static byte[] DecodeFrame(string path, int index) => RunBytes("ffmpeg",
        ["-hide_banner", "-v", "error", "-i", path, "-vf", $"select=eq(n\\,{index})", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]);

    /// <summary>ffprobe's JSON for the streams of a file, with frames counted by decoding.</summary>
    public static JsonElement ProbeStreams(string path)
    {
        var json = System.Text.Encoding.UTF8.GetString(RunBytes("ffprobe",
            ["-v", "error", "-count_frames", "-show_streams", "-of", "json", path]));
        return JsonDocument.Parse(json).RootElement.GetProperty("streams");
    }

    /// <summary>The first stream of the given type (video, audio), or null.</summary>
    public static JsonElement? Stream(JsonElement streams, string codecType)
    {
        foreach (var stream in streams.EnumerateArray())
            if (stream.GetProperty("codec_type").GetString() == codecType) return stream;
        return null;
    }

    /// <summary>The types of an MP4's top-level boxes in file order (ftyp, moov, mdat, ...).</summary>
    public static IReadOnlyList<string> TopLevelBoxes(string path)
    {
        using var file = File.OpenRead(path);
        var types = new List<string>();
        Span<byte> header = stackalloc byte[16];
        while (file.Position + 8 <= file.Length)
        {
            var start = file.Position;
            file.ReadExactly(header[..8]);
            long size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header);
            types.Add(System.Text.Encoding.ASCII.GetString(header[4..8]));
            if (size == 1)
            {
                file.ReadExactly(header[8..16]); // 64-bit "largesize" follows the type
                size = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(header[8..16]);
            }
            if (size == 0) break; // the box runs to the end of the file
            file.Position = start + size;
        }
        return types;
    }

    private static byte[] RunBytes(string tool, IReadOnlyList<string> arguments) => ToolRunner.Execute(tool, arguments).Output;
}
