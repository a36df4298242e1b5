using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Smoothing;

/// <summary>
/// One-euro filters on the 136 coordinates of a 68-point landmark track. Coordinates are divided
/// by the first frame's inter-ocular distance before filtering, so <see cref="OneEuroOptions.Beta"/>
/// is in inter-ocular distances per second and the same tuning fits any face size.
/// </summary>
public sealed class LandmarkSmoother
{
    private readonly OneEuroFilter[] _filters;
    private float _scale;

    public LandmarkSmoother(OneEuroOptions? options = null)
    {
        var o = options ?? new OneEuroOptions();
        _filters = Enumerable.Range(0, 2 * FaceRegions.Count).Select(_ => new OneEuroFilter(o)).ToArray();
    }

    /// <summary>Smooths one frame taken at <paramref name="time"/> seconds.</summary>
    public Vector2[] Smooth(IReadOnlyList<Vector2> frame, double time)
    {
        FaceRegions.Check(frame, nameof(frame));
        if (_scale == 0) _scale = Math.Max(1e-6f, FaceRegions.InterOcularDistance(frame));
        var result = new Vector2[FaceRegions.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var x = _filters[2 * i].Filter(frame[i].X / _scale, time);
            var y = _filters[2 * i + 1].Filter(frame[i].Y / _scale, time);
            result[i] = new Vector2((float)x * _scale, (float)y * _scale);
        }
        return result;
    }

    /// <summary>Forgets the history: the next frame passes unchanged and sets a new scale.</summary>
    public void Reset()
    {
        _scale = 0;
        foreach (var filter in _filters) filter.Reset();
    }

    /// <summary>Smooths a whole track sampled at <paramref name="framesPerSecond"/>.</summary>
    public static Vector2[][] SmoothTrack(IReadOnlyList<IReadOnlyList<Vector2>> frames, double framesPerSecond, OneEuroOptions? options = null)
    {
        var smoother = new LandmarkSmoother(options);
        var result = new Vector2[frames.Count][];
        for (var i = 0; i < frames.Count; i++) result[i] = smoother.Smooth(frames[i], i / framesPerSecond);
        return result;
    }
}
