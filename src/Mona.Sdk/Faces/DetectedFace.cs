using System.Numerics;

namespace Mona.Sdk.Faces;

/// <summary>
/// One face the <c>detect</c> stage kept in a shot, in the original image's pixels.
/// </summary>
/// <param name="Box">The detector's box.</param>
/// <param name="Score">The detector's confidence in [0, 1].</param>
/// <param name="Landmarks">The 68 points of the iBUG 300-W scheme: jaw 0–16, brows 17–26, nose 27–35, eyes 36–47, mouth 48–67.</param>
/// <param name="Descriptor">The 128-d identity descriptor, once a stage computed it (<c>embed</c>, or <c>detect</c> for policy <c>match</c>).</param>
public sealed record DetectedFace(FaceBox Box, float Score, IReadOnlyList<Vector2> Landmarks, IReadOnlyList<float>? Descriptor = null)
{
    /// <summary>Number of landmarks.</summary>
    public const int LandmarkCount = 68;

    /// <summary>Centre of the subject's right eye, on the image's left (points 36–41).</summary>
    public Vector2 LeftEyeCentre => Centre(36, 6);

    /// <summary>Centre of the subject's left eye, on the image's right (points 42–47).</summary>
    public Vector2 RightEyeCentre => Centre(42, 6);

    /// <summary>Centre of the mouth (points 48–67).</summary>
    public Vector2 MouthCentre => Centre(48, 20);

    private Vector2 Centre(int first, int count)
    {
        var sum = Vector2.Zero;
        for (var i = first; i < first + count; i++) sum += Landmarks[i];
        return sum / count;
    }
}
