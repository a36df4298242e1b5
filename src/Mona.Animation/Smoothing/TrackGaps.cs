using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Smoothing;

/// <summary>Fills the frames of a landmark track where tracking found no face, by a <see cref="MissingFacePolicy"/>.</summary>
public static class TrackGaps
{
    /// <param name="frames">Per input frame, its 68 landmarks or null when no face was found.</param>
    /// <param name="policy">How missing frames are handled.</param>
    /// <exception cref="ArgumentException">No frame has a face.</exception>
    public static FilledTrack Fill(IReadOnlyList<IReadOnlyList<Vector2>?> frames, MissingFacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var found = Enumerable.Range(0, frames.Count).Where(i => frames[i] is not null).ToArray();
        if (found.Length == 0) throw new ArgumentException($"no face in any of the {frames.Count} frames", nameof(frames));
        foreach (var i in found) FaceRegions.Check(frames[i]!, $"frames[{i}]");
        var missing = frames.Count - found.Length;
        if (policy == MissingFacePolicy.Skip)
            return new FilledTrack(found.Select(i => frames[i]!.ToArray()).ToArray(), found, missing);
        var result = new Vector2[frames.Count][];
        var next = 0; // index into found of the first found frame at or after i
        for (var i = 0; i < frames.Count; i++)
        {
            while (next < found.Length && found[next] < i) next++;
            if (frames[i] is { } present) { result[i] = present.ToArray(); continue; }
            var before = next > 0 ? found[next - 1] : -1;
            var after = next < found.Length ? found[next] : -1;
            result[i] = policy == MissingFacePolicy.Interpolate && before >= 0 && after >= 0
                ? Lerp(frames[before]!, frames[after]!, (float)(i - before) / (after - before))
                : frames[before >= 0 ? before : after]!.ToArray();
        }
        return new FilledTrack(result, Enumerable.Range(0, frames.Count).ToArray(), missing);
    }

    private static Vector2[] Lerp(IReadOnlyList<Vector2> a, IReadOnlyList<Vector2> b, float t) =>
        Enumerable.Range(0, a.Count).Select(k => Vector2.Lerp(a[k], b[k], t)).ToArray();
}
