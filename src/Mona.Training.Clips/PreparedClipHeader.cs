namespace Mona.Training.Clips;

/// <summary>The JSON half of a prepared clip's cache: what it was made from and the landmarks of each kept frame.</summary>
/// <param name="Format">Cache format; another value means prepare again.</param>
/// <param name="ContentHash">SHA-256 of the clip file.</param>
/// <param name="Options">The crop options' fingerprint.</param>
/// <param name="Tracker">The tracker options' fingerprint.</param>
/// <param name="DecodedFrames">Frames in the video.</param>
/// <param name="SourceFrames">Index in the video of each kept frame (frames without a face are left out).</param>
/// <param name="Landmarks">Per kept frame, the 68 landmarks in crop pixels (x0, y0, x1, y1, …).</param>
public sealed record PreparedClipHeader(
    string Format,
    string ContentHash,
    string Options,
    string Tracker,
    int DecodedFrames,
    IReadOnlyList<int> SourceFrames,
    IReadOnlyList<float[]> Landmarks)
{
    /// <summary>The current cache format.</summary>
    public const string CurrentFormat = "mona-clip/1";
}
