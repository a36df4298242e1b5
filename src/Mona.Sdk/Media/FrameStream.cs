namespace Mona.Sdk.Media;

/// <summary>
/// A video produced by a stage, as a stream: frames are generated on demand while a later stage
/// (encode) consumes them, so a long video never sits whole in memory.
/// </summary>
/// <param name="Width">Frame width.</param>
/// <param name="Height">Frame height.</param>
/// <param name="FrameRate">Exact frame rate (the driving video's, for a video-driven result).</param>
/// <param name="FrameCount">Number of frames the stream will yield, when known; -1 otherwise.</param>
/// <param name="AudioSourcePath">A file whose audio belongs with these frames (the driving video), or null.</param>
/// <param name="Frames">Produces the frames; may be enumerated once.</param>
public sealed record FrameStream(
    int Width,
    int Height,
    Rational FrameRate,
    long FrameCount,
    string? AudioSourcePath,
    Func<CancellationToken, IAsyncEnumerable<RgbImage>> Frames);
