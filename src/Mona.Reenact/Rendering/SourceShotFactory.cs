using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Imaging;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;

namespace Mona.Reenact.Rendering;

/// <summary>
/// A <see cref="SourceShot"/> from a picture and its 68 landmarks, cut as the evaluation and the
/// tools cut it: the canonical face fitted (similarity) into a size² crop, its landmarks' extent
/// spanning 55 % of the crop and centred a little low (room for the forehead).
/// </summary>
public static class SourceShotFactory
{
    /// <summary>The shot for <paramref name="landmarks"/> (picture pixels) at a <paramref name="cropSize"/>² crop.</summary>
    public static SourceShot FromLandmarks(RgbImage picture, IReadOnlyList<Vector2> landmarks, int cropSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cropSize, 16);
        var cropFromFrame = Similarity2D.Estimate(landmarks, TemplateInCrop(cropSize));
        var affine = cropFromFrame.ToAffine();
        var imageToCrop = new AffineTransform2D(affine.M11, affine.M12, affine.M13, affine.M21, affine.M22, affine.M23);
        var crop = AffineWarp.Warp(picture, imageToCrop.Inverse(), cropSize, cropSize);
        return new SourceShot(picture, crop, landmarks.Select(cropFromFrame.Apply).ToArray(), affine);
    }

    /// <summary>The canonical face's landmarks placed in a size² crop.</summary>
    public static Vector2[] TemplateInCrop(int cropSize)
    {
        var points = CanonicalFace.Points2D();
        Vector2 min = new(float.MaxValue), max = new(float.MinValue);
        foreach (var p in points) (min, max) = (Vector2.Min(min, p), Vector2.Max(max, p));
        var scale = 0.55f * cropSize / MathF.Max(max.X - min.X, max.Y - min.Y);
        var centre = (min + max) / 2;
        var target = new Vector2(cropSize / 2f, cropSize * 0.55f);
        return points.Select(p => (p - centre) * scale + target).ToArray();
    }
}
