using System.Numerics;

namespace Mona.Animation.Landmarks;

/// <summary>
/// The iBUG 300-W 68-point layout: jaw 0–16 (from the subject's right ear, image left, round the
/// chin), right brow 17–21, left brow 22–26, nose bridge 27–30, nostrils 31–35, right eye 36–41,
/// left eye 42–47 (each eye clockwise in the image from its leftmost corner), outer lips 48–59
/// (from the image-left corner, along the upper lip), inner lips 60–67. "Right" is the subject's.
/// </summary>
public static class FaceRegions
{
    /// <summary>Number of points in the layout.</summary>
    public const int Count = 68;

    public static readonly Range Jaw = 0..17;
    public static readonly Range RightEye = 36..42;
    public static readonly Range LeftEye = 42..48;
    public static readonly Range OuterLips = 48..60;
    public static readonly Range InnerLips = 60..68;

    /// <summary>Upper lids: two points per eye.</summary>
    public static ReadOnlySpan<int> UpperLids => [37, 38, 43, 44];

    /// <summary>Lower lids: two points per eye.</summary>
    public static ReadOnlySpan<int> LowerLids => [41, 40, 47, 46];

    /// <summary>Inner upper lip 61–63 and inner lower lip 67–65, paired top to bottom.</summary>
    public static ReadOnlySpan<int> InnerUpperLip => [61, 62, 63];

    /// <summary>Inner lower lip points below <see cref="InnerUpperLip"/>, in the same order.</summary>
    public static ReadOnlySpan<int> InnerLowerLip => [67, 66, 65];

    /// <summary>
    /// Points that move little with expression (eye corners, nose bridge and base, jaw ends): used
    /// to estimate the rigid part (similarity) of a face's motion.
    /// </summary>
    public static ReadOnlySpan<int> Stable => [0, 16, 27, 28, 29, 30, 31, 33, 35, 36, 39, 42, 45];

    /// <summary>Centre of the subject's right eye (image left), the mean of points 36–41.</summary>
    public static Vector2 RightEyeCentre(IReadOnlyList<Vector2> points) => Mean(points, RightEye);

    /// <summary>Centre of the subject's left eye (image right), the mean of points 42–47.</summary>
    public static Vector2 LeftEyeCentre(IReadOnlyList<Vector2> points) => Mean(points, LeftEye);

    /// <summary>Distance between the eye centres, the usual scale of landmark errors.</summary>
    public static float InterOcularDistance(IReadOnlyList<Vector2> points) =>
        Vector2.Distance(RightEyeCentre(points), LeftEyeCentre(points));

    /// <summary>Mean inner-lip gap (upper to lower, along the pairs) in the points' units.</summary>
    public static float MouthOpening(IReadOnlyList<Vector2> points)
    {
        float sum = 0;
        for (var i = 0; i < InnerUpperLip.Length; i++)
            sum += Vector2.Distance(points[InnerUpperLip[i]], points[InnerLowerLip[i]]);
        return sum / InnerUpperLip.Length;
    }

    /// <summary>Throws when <paramref name="points"/> is not a 68-point set.</summary>
    public static void Check(IReadOnlyList<Vector2> points, string name)
    {
        ArgumentNullException.ThrowIfNull(points, name);
        if (points.Count != Count) throw new ArgumentException($"{name} has {points.Count} landmarks, expected {Count}", name);
        for (var i = 0; i < Count; i++)
            if (!float.IsFinite(points[i].X) || !float.IsFinite(points[i].Y))
                throw new ArgumentException($"{name} landmark {i} is not finite ({points[i]})", name);
    }

    private static Vector2 Mean(IReadOnlyList<Vector2> points, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(points.Count);
        var sum = Vector2.Zero;
        for (var i = start; i < start + length; i++) sum += points[i];
        return sum / length;
    }
}
