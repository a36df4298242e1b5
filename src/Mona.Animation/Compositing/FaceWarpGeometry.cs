using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Compositing;

/// <summary>
/// Where one face's warp field lives in a picture: the aligned crop's size and the alignment
/// (picture pixel → crop pixel) it was cut with. The field is defined on the crop's grid; the
/// picture reads it through this map.
/// </summary>
/// <param name="CropFromPicture">Picture pixel → crop pixel (pixel centres at integers).</param>
/// <param name="CropWidth">Crop width in pixels.</param>
/// <param name="CropHeight">Crop height in pixels.</param>
public sealed record FaceWarpGeometry(Affine2D CropFromPicture, int CropWidth, int CropHeight)
{
    /// <summary>Crop pixel → picture pixel.</summary>
    public Affine2D PictureFromCrop => CropFromPicture.Invert();

    /// <summary>Picture pixels per crop pixel (the similarity's scale).</summary>
    public float Scale => MathF.Sqrt(MathF.Abs(PictureFromCrop.Determinant));

    /// <summary>The crop's centre in picture pixels.</summary>
    public Vector2 Centre => PictureFromCrop.Apply(new Vector2((CropWidth - 1) / 2f, (CropHeight - 1) / 2f));

    /// <summary>The picture-pixel bounding box of the crop's corners, clipped to a <paramref name="width"/>×<paramref name="height"/> picture (empty when X1 &lt; X0 or Y1 &lt; Y0).</summary>
    public (int X0, int Y0, int X1, int Y1) PictureBox(int width, int height)
    {
        var m = PictureFromCrop;
        Vector2[] corners =
        [
            m.Apply(Vector2.Zero), m.Apply(new Vector2(CropWidth - 1, 0)),
            m.Apply(new Vector2(0, CropHeight - 1)), m.Apply(new Vector2(CropWidth - 1, CropHeight - 1)),
        ];
        var min = corners.Aggregate(Vector2.Min);
        var max = corners.Aggregate(Vector2.Max);
        return (Math.Max(0, (int)MathF.Floor(min.X)), Math.Max(0, (int)MathF.Floor(min.Y)),
            Math.Min(width - 1, (int)MathF.Ceiling(max.X)), Math.Min(height - 1, (int)MathF.Ceiling(max.Y)));
    }
}
