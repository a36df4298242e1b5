namespace Mona.Media;

/// <summary>An FFmpeg binary the media services need is not installed; the message says how to install it.</summary>
public sealed class MediaToolNotFoundException : Exception
{
    public MediaToolNotFoundException(string tool)
        : base($"{tool} not found: run ./mona setup (or apt-get install ffmpeg)") => Tool = tool;

    /// <summary>The missing binary's name (<c>ffmpeg</c> or <c>ffprobe</c>).</summary>
    public string Tool { get; }
}
