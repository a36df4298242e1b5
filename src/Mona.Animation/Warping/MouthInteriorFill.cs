using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Sdk.Media;

namespace Mona.Animation.Warping;

/// <summary>
/// Paints the inside of a mouth the warp has opened. A warp can only stretch what the source
/// shows, and a closed source mouth has no teeth or interior: opening it stretches the lips'
/// inner edge into a smear. This covers the driven inner-lip polygon (points 60–67) with a dark
/// interior colour, alpha-blended with a soft edge (the signed distance to the outline over
/// <see cref="MouthInteriorOptions.FeatherPixels"/>) and a strength that grows with how much more
/// open the driven mouth is than the source's (0 when not more open, so a closed mouth is never touched).
/// Limits: a flat colour, no teeth or tongue; a source with an open mouth keeps its own interior
/// up to its own opening.
/// </summary>
public sealed class MouthInteriorFill(MouthInteriorOptions? options = null)
{
    private readonly MouthInteriorOptions _options = options ?? new MouthInteriorOptions();

    /// <summary>Fill strength in [0, 1] for this pair of landmark sets.</summary>
    public float Strength(IReadOnlyList<Vector2> sourceLandmarks, IReadOnlyList<Vector2> drivenLandmarks)
    {
        var scale = FaceRegions.InterOcularDistance(drivenLandmarks);
        if (!(scale > 0)) return 0;
        var sourceScale = FaceRegions.InterOcularDistance(sourceLandmarks);
        var sourceOpening = sourceScale > 0 ? FaceRegions.MouthOpening(sourceLandmarks) / sourceScale : 0;
        var extra = FaceRegions.MouthOpening(drivenLandmarks) / scale - sourceOpening;
        return Math.Clamp(extra / _options.FullOpening, 0f, 1f);
    }

    /// <summary>Paints the interior into <paramref name="frame"/> (the warped crop) in place.</summary>
    /// <returns>The strength used; 0 means the frame was left unchanged.</returns>
    public float Apply(RgbImage frame, IReadOnlyList<Vector2> sourceLandmarks, IReadOnlyList<Vector2> drivenLandmarks)
    {
        var strength = Strength(sourceLandmarks, drivenLandmarks);
        if (strength <= 0) return 0;
        var polygon = new Vector2[8];
        for (var k = 0; k < 8; k++) polygon[k] = drivenLandmarks[60 + k];
        var (minX, minY, maxX, maxY) = Bounds(polygon, frame.Width, frame.Height);
        var feather = Math.Max(0.5f, _options.FeatherPixels);
        byte[] colour = [_options.Red, _options.Green, _options.Blue];
        for (var y = minY; y <= maxY; y++)
        {
            var row = frame.Row(y);
            for (var x = minX; x <= maxX; x++)
            {
                var inside = SignedDistance(polygon, new Vector2(x, y));
                if (inside <= 0) continue;
                var alpha = strength * Math.Min(1f, inside / feather);
                for (var c = 0; c < 3; c++)
                    row[3 * x + c] = (byte)(row[3 * x + c] + alpha * (colour[c] - row[3 * x + c]) + 0.5f);
            }
        }
        return strength;
    }

    private static (int MinX, int MinY, int MaxX, int MaxY) Bounds(Vector2[] polygon, int width, int height)
    {
        var min = polygon.Aggregate(Vector2.Min);
        var max = polygon.Aggregate(Vector2.Max);
        return (Math.Max(0, (int)MathF.Floor(min.X)), Math.Max(0, (int)MathF.Floor(min.Y)),
            Math.Min(width - 1, (int)MathF.Ceiling(max.X)), Math.Min(height - 1, (int)MathF.Ceiling(max.Y)));
    }

    /// <summary>Distance from p to the polygon's outline, positive inside (even-odd rule), negative outside.</summary>
    internal static float SignedDistance(ReadOnlySpan<Vector2> polygon, Vector2 p)
    {
        var inside = false;
        var best = float.MaxValue;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
        {
            Vector2 a = polygon[j], b = polygon[i];
            if ((b.Y > p.Y) != (a.Y > p.Y) && p.X < (a.X - b.X) * (p.Y - b.Y) / (a.Y - b.Y) + b.X) inside = !inside;
            var ab = a - b;
            var t = ab.LengthSquared() > 0 ? Math.Clamp(Vector2.Dot(p - b, ab) / ab.LengthSquared(), 0f, 1f) : 0f;
            best = Math.Min(best, Vector2.Distance(p, b + t * ab));
        }
        return inside ? best : -best;
    }
}
