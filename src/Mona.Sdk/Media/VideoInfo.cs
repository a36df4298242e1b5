namespace Mona.Sdk.Media;

/// <summary>What a probe of a video file tells.</summary>
/// <param name="Path">The file.</param>
/// <param name="Width">Frame width in pixels.</param>
/// <param name="Height">Frame height in pixels.</param>
/// <param name="FrameRate">Exact frame rate, for example 30000/1001.</param>
/// <param name="FrameCount">Number of frames (counted or from the container).</param>
/// <param name="Duration">Duration of the video stream.</param>
/// <param name="HasAudio">Whether the file has an audio stream.</param>
public sealed record VideoInfo(string Path, int Width, int Height, Rational FrameRate, long FrameCount, TimeSpan Duration, bool HasAudio);
