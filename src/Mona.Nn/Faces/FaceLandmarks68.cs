using System.Numerics;

namespace Mona.Nn.Faces;

/// <summary>
/// The 68 facial landmarks of the iBUG 300-W scheme (jaw 0–16, brows 17–26, nose 27–35, eyes
/// 36–47, mouth 48–67) in the original image's pixels, as face-api's <c>FaceLandmarks68</c>.
/// <see cref="RegionWidth"/> and <see cref="RegionHeight"/> are the size of the image region the
/// network saw (the detection box clipped to the image, floored); face-api's alignment reads them.
/// </summary>
public sealed class FaceLandmarks68
{
    /// <summary>Number of points.</summary>
    public const int Count = 68;

    // face-api's dlib-style alignment constants: the eyes/mouth reference centre sits at (0.5, 0.43)
    // of a square whose side is the mean eye-to-mouth distance / 0.45.
    private const float RelX = 0.5f;
    private const float RelY = 0.43f;
    private const float RelScale = 0.45f;

    public FaceLandmarks68(IReadOnlyList<Vector2> points, int regionWidth, int regionHeight)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count != Count) throw new ArgumentException($"expected {Count} landmarks, got {points.Count}", nameof(points));
        Points = points;
        RegionWidth = regionWidth;
        RegionHeight = regionHeight;
    }

    /// <summary>The 68 points, image pixels.</summary>
    public IReadOnlyList<Vector2> Points { get; }

    /// <summary>Width of the image region the landmarks were predicted from.</summary>
    public int RegionWidth { get; }

    /// <summary>Height of the image region the landmarks were predicted from.</summary>
    public int RegionHeight { get; }

    /// <summary>Centre of the left eye (points 36–41).</summary>
    public Vector2 LeftEyeCentre => Centre(36, 6);

    /// <summary>Centre of the right eye (points 42–47).</summary>
    public Vector2 RightEyeCentre => Centre(42, 6);

    /// <summary>Centre of the mouth (points 48–67).</summary>
    public Vector2 MouthCentre => Centre(48, 20);

    /// <summary>Distance between the eye centres (the usual scale for landmark errors).</summary>
    public float InterOcularDistance => Vector2.Distance(LeftEyeCentre, RightEyeCentre);

    /// <summary>
    /// The aligned face box face-api's <c>withFaceDescriptors</c> crops (<c>align</c> with dlib
    /// alignment): a square of side ⌊mean eye-to-mouth distance / 0.45⌋ placed so that the centre of
    /// the eyes and mouth sits at (0.5, 0.43) of it, clamped at the top-left image border.
    /// </summary>
    public (int X, int Y, int Width, int Height) AlignedBox()
    {
        Vector2 left = LeftEyeCentre, right = RightEyeCentre, mouth = MouthCentre;
        // face-api works in doubles; so does this, to floor the same values.
        var eyeToMouth = (Distance(mouth, left) + Distance(mouth, right)) / 2;
        var size = Math.Floor(eyeToMouth / RelScale);
        var refX = ((double)left.X + right.X + mouth.X) / 3;
        var refY = ((double)left.Y + right.Y + mouth.Y) / 3;
        var x = Math.Floor(Math.Max(0, refX - RelX * size));
        var y = Math.Floor(Math.Max(0, refY - RelY * size));
        return ((int)x, (int)y, (int)Math.Min(size, RegionWidth + x), (int)Math.Min(size, RegionHeight + y));
    }

    private static double Distance(Vector2 a, Vector2 b)
    {
        double dx = (double)a.X - b.X, dy = (double)a.Y - b.Y;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private Vector2 Centre(int first, int count)
    {
        var sum = Vector2.Zero;
        for (var i = first; i < first + count; i++) sum += Points[i];
        return sum / count;
    }
}
