namespace Mona.Media.Tests.Support;

/// <summary>
/// A 29.97 fps (30000/1001) clip with audio, generated once per test class: 60 frames of
/// ffmpeg's testsrc2 at 320×240 and a 440 Hz sine in AAC. Made on first use, so a machine
/// without ffmpeg only skips the tests that need it.
/// </summary>
public sealed class NtscClipFixture : IDisposable
{
    public const int FrameCount = 60;
    public const int Width = 320;
    public const int Height = 240;

    private readonly TempFolder _folder = new();
    private readonly Lazy<string> _path;

    public NtscClipFixture() => _path = new Lazy<string>(() =>
    {
        var path = _folder.File("ntsc.mp4");
        MediaTool.Ffmpeg("-f", "lavfi", "-i", $"testsrc2=size={Width}x{Height}:rate=30000/1001",
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
            "-frames:v", FrameCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "-t", "2.002",
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", path);
        return path;
    });

    public string Path => _path.Value;

    public void Dispose() => _folder.Dispose();
}
