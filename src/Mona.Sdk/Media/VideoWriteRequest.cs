namespace Mona.Sdk.Media;

/// <summary>How to write a video.</summary>
/// <param name="Path">Final output path (.mp4 or .gif); written to a temp file and renamed on completion.</param>
/// <param name="Width">Frame width (even for H.264; odd sizes are padded by one pixel).</param>
/// <param name="Height">Frame height.</param>
/// <param name="FrameRate">Exact output frame rate.</param>
/// <param name="AudioSourcePath">A file whose audio stream is copied into the output, or null.</param>
/// <param name="Quality">H.264 CRF (lower is better, 18 is visually lossless).</param>
public sealed record VideoWriteRequest(string Path, int Width, int Height, Rational FrameRate, string? AudioSourcePath = null, int Quality = 18)
{
    /// <summary>Scales the output to this width, keeping the aspect ratio (used for GIF); null keeps the frame size.</summary>
    public int? ScaleToWidth { get; init; }
}
