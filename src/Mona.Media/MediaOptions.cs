namespace Mona.Media;

/// <summary>Settings of the host's media services.</summary>
public sealed class MediaOptions
{
    /// <summary>Folder holding the <c>ffmpeg</c> and <c>ffprobe</c> binaries; null searches <c>PATH</c>.</summary>
    public string? FfmpegFolder { get; init; }

    /// <summary>Images with more pixels than this (in millions) are refused before decoding, so a hostile file cannot exhaust memory.</summary>
    public double MaxImageMegapixels { get; init; } = 100;

    /// <summary>The x264 speed preset for MP4 output.</summary>
    public string X264Preset { get; init; } = "medium";
}
