using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Imaging;
using Mona.Imaging.Faces;
using Mona.Sdk.Media;
using Mona.Training.Clips;

namespace Mona.TalkingHeads.Inference;

/// <summary>
/// A portrait's face cut exactly as meta-learning cut its training frames (<see cref="ClipPreparer"/>):
/// the align stage's five-point template fitted by a similarity, margin 0.45, resampled at 4× the
/// network's side and box-filtered down; the landmark image drawn as training drew it. Planar
/// 3×S×S float images in [0, 1].
/// </summary>
public sealed class NetworkCrop
{
    private NetworkCrop(int size, Affine2D cropFromPicture, Vector2[] landmarks, float[] frame, float[] landmarkImage)
    {
        (Size, CropFromPicture, Landmarks, Frame, LandmarkImage) = (size, cropFromPicture, landmarks, frame, landmarkImage);
    }

    /// <summary>Side of the crop, the network's resolution.</summary>
    public int Size { get; }

    /// <summary>Picture pixel → crop pixel.</summary>
    public Affine2D CropFromPicture { get; }

    /// <summary>The face's 68 landmarks in crop pixels.</summary>
    public Vector2[] Landmarks { get; }

    /// <summary>The crop, 3×S×S in [0, 1].</summary>
    public float[] Frame { get; }

    /// <summary>The landmark image, 3×S×S in [0, 1].</summary>
    public float[] LandmarkImage { get; }

    /// <summary>Cuts the crop of the face with <paramref name="landmarks"/> (picture pixels).</summary>
    public static NetworkCrop Cut(RgbImage picture, IReadOnlyList<Vector2> landmarks, int size, ClipCropOptions? options = null)
    {
        var o = (options ?? new ClipCropOptions()) with { Size = size };
        o.Validate();
        var fine = size * o.Supersample;
        var imageToFine = ClipAlignment.ImageToCrop([landmarks], fine, o.Margin);
        var crop = ImageGeometry.Shrink(AffineWarp.Warp(picture, imageToFine.Inverse(), fine, fine), o.Supersample);
        // Fine pixel centre f maps to crop pixel (f − (n − 1)/2)/n, as the box filter averages n×n blocks.
        var n = o.Supersample;
        var offset = -(n - 1) / 2f / n;
        var fineToCrop = new Affine2D(1f / n, 0, offset, 0, 1f / n, offset);
        var cropFromPicture = new Affine2D((float)imageToFine.A, (float)imageToFine.B, (float)imageToFine.C,
            (float)imageToFine.D, (float)imageToFine.E, (float)imageToFine.F).Then(fineToCrop);
        var points = landmarks.Select(cropFromPicture.Apply).ToArray();
        return new NetworkCrop(size, cropFromPicture, points, Planar(crop), Planar(LandmarkRasterizer.Draw(points, size)));
    }

    /// <summary>The landmark image of other landmarks (crop pixels) at this crop's size.</summary>
    public float[] DrawLandmarks(IReadOnlyList<Vector2> cropLandmarks) => Planar(LandmarkRasterizer.Draw(cropLandmarks, Size));

    internal static float[] Planar(RgbImage image)
    {
        var plane = image.Width * image.Height;
        var result = new float[3 * plane];
        var pixels = image.Pixels;
        for (var p = 0; p < plane; p++)
            for (var c = 0; c < 3; c++)
                result[c * plane + p] = pixels[3 * p + c] / 255f;
        return result;
    }
}
