using System.Numerics;
using Mona.Sdk.Faces;

namespace Mona.Imaging.Faces;

/// <summary>
/// The canonical face: where the eye centres, nose tip and mouth corners go in the aligned crop.
/// Positions are the widely used 5-point template of a tight 112 × 112 face square (eyes at
/// 46 % of its height, mouth corners at 82 %). The tight square sits centred in the crop with
/// <c>margin</c> × its side added on every side, so the crop's side is (1 + 2·margin) tight sides:
/// margin 0.3 shows the face with hair, ears and chin; 0 crops brow to chin.
/// </summary>
public static class FaceTemplate
{
    private const float TightSide = 112f;

    // Left eye, right eye (image left/right), nose tip, left and right mouth corners, in the tight square.
    private static readonly Vector2[] Tight =
    [
        new(38.2946f, 51.6963f), new(73.5318f, 51.5014f), new(56.0252f, 71.7366f), new(41.5493f, 92.3655f), new(70.7299f, 92.2041f),
    ];

    /// <summary>The five template points in a crop of side <paramref name="size"/>.</summary>
    public static IReadOnlyList<Vector2> Points(int size, double margin)
    {
        var scale = (float)(size / (1 + 2 * margin) / TightSide);
        var offset = (size - TightSide * scale) / 2;
        return [.. Tight.Select(p => p * scale + new Vector2(offset))];
    }

    /// <summary>The five matching points of a 68-point face: eye centres (36–41, 42–47), nose tip (30), mouth corners (48, 54).</summary>
    public static IReadOnlyList<Vector2> StablePoints(IReadOnlyList<Vector2> landmarks) =>
        [Mean(landmarks, 36, 6), Mean(landmarks, 42, 6), landmarks[30], landmarks[48], landmarks[54]];

    /// <summary>The least-squares similarity taking the face's stable points to the template in a crop of side <paramref name="size"/>.</summary>
    public static AffineTransform2D ImageToCrop(IReadOnlyList<Vector2> landmarks, int size, double margin) =>
        SimilarityFit.Fit(StablePoints(landmarks), Points(size, margin));

    private static Vector2 Mean(IReadOnlyList<Vector2> points, int first, int count)
    {
        var sum = Vector2.Zero;
        for (var i = first; i < first + count; i++) sum += points[i];
        return sum / count;
    }
}
