using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Landmarks;
using Mona.Animation.Warping;
using Mona.Imaging;
using Mona.Sdk.Media;

namespace Mona.Reenact.Rendering;

/// <summary>
/// The <c>crop</c> output read straight from the original picture: crop pixel q reads the
/// picture at M⁻¹(s(q)), s the face's field, so the crop is sampled once (not cut, then warped).
/// A picture more than twice the crop's scale is box-shrunk by the whole factor once, up front,
/// so that reading it does not alias; the alignment is composed with that shrink.
/// </summary>
internal sealed class CropFromPictureRenderer
{
    private readonly RgbImage _source;
    private readonly Affine2D _sourceFromCrop;

    public CropFromPictureRenderer(RgbImage picture, FaceWarpGeometry geometry)
    {
        var factor = (int)MathF.Floor(geometry.Scale);
        var sourceFromPicture = Affine2D.Identity;
        _source = picture;
        if (factor >= 2)
        {
            // Shrink needs whole blocks: the last partial row and column of blocks (under n pixels) are left out.
            var whole = ImageGeometry.Crop(picture, 0, 0, Math.Max(factor, picture.Width - picture.Width % factor), Math.Max(factor, picture.Height - picture.Height % factor));
            _source = ImageGeometry.Shrink(whole, factor);
            // Shrunk pixel j averages picture pixels n·j … n·j + n − 1, whose centre is n·j + (n − 1)/2.
            var offset = -(factor - 1) / 2f / factor;
            sourceFromPicture = new Affine2D(1f / factor, 0, offset, 0, 1f / factor, offset);
        }
        _sourceFromCrop = geometry.PictureFromCrop.Then(sourceFromPicture);
    }

    public void Render(WarpLattice lattice, RgbImage destination)
    {
        var pixels = _source.Pixels;
        for (var y = 0; y < destination.Height; y++)
        {
            var row = destination.Row(y);
            for (var x = 0; x < destination.Width; x++)
            {
                var at = _sourceFromCrop.Apply(lattice.SourceAt(new Vector2(x, y)));
                BicubicSampler.Sample(pixels, _source.Width, _source.Height, at.X, at.Y, row.Slice(3 * x, 3));
            }
        }
    }
}
