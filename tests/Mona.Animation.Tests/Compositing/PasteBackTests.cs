using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Landmarks;
using Mona.Animation.Tests.Support;
using Mona.Sdk.Media;

namespace Mona.Animation.Tests.Compositing;

public sealed class PasteBackTests
{
    // The alignment the crop was cut with: frame → crop, a 12° turn, scale 0.8, the face near (300, 260).
    private static readonly Affine2D CropFromFrame = Alignment(0.8f, 0.21f, new Vector2(300, 260));

    /// <summary>frame → crop: scale and turn about the face centre, which lands on the crop's centre (128, 128).</summary>
    private static Affine2D Alignment(float scale, float angle, Vector2 faceCentre)
    {
        var turn = new Similarity2D(scale * MathF.Cos(angle), scale * MathF.Sin(angle), 0, 0);
        var shift = new Vector2(128, 128) - turn.Apply(faceCentre);
        return (turn with { Tx = shift.X, Ty = shift.Y }).ToAffine();
    }

    [Fact]
    public void Apply_OutsideTheMask_IsByteIdenticalToTheOriginal()
    {
        var original = TestFaces.Pattern(512, 512, seed: 5);
        var snapshot = original.Clone();
        var crop = TestFaces.Pattern(256, 256, seed: 9);
        var paste = new PasteBack(512, 512, 256, 256, CropFromFrame);
        var result = paste.Apply(original, crop);
        var mask = paste.Mask();
        int outside = 0, changed = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] == 0)
            {
                outside++;
                Assert.True(result.Pixels.AsSpan(3 * i, 3).SequenceEqual(original.Pixels.AsSpan(3 * i, 3)), $"pixel {i % 512},{i / 512} outside the mask changed");
            }
            else if (!result.Pixels.AsSpan(3 * i, 3).SequenceEqual(original.Pixels.AsSpan(3 * i, 3))) changed++;
        }
        Assert.True(outside > 512 * 512 / 2, "most of the frame is outside the crop");
        Assert.True(changed > 0.9 * paste.BlendedPixels, $"only {changed} of {paste.BlendedPixels} masked pixels changed");
        Assert.Equal(snapshot.Pixels, original.Pixels); // the input is never modified
    }

    [Fact]
    public void Apply_CropCutWithTheSameAlignment_RestoresTheOriginal()
    {
        var original = TestFaces.Pattern(512, 512, seed: 6);
        var crop = TestFaces.Cut(original, CropFromFrame.Invert(), 256);
        var result = new PasteBack(512, 512, 256, 256, CropFromFrame).Apply(original, crop);
        // Two bilinear resamplings of a smooth picture (with ±20 levels of noise in blue): red and green come back within a few levels.
        double sum = 0;
        for (var i = 0; i < original.Pixels.Length; i += 3) sum += Math.Abs(original.Pixels[i] - result.Pixels[i]) + Math.Abs(original.Pixels[i + 1] - result.Pixels[i + 1]);
        Assert.True(sum / (2.0 * 512 * 512) < 0.5, $"mean red/green error {sum / (2.0 * 512 * 512):F2}");
    }

    [Fact]
    public void Mask_RisesFromTheCropEdgeToOneInside()
    {
        var paste = new PasteBack(512, 512, 256, 256, CropFromFrame);
        var mask = paste.Mask();
        var frameFromCrop = CropFromFrame.Invert();
        float At(Vector2 cropPoint)
        {
            var p = frameFromCrop.Apply(cropPoint);
            return mask[(int)MathF.Round(p.Y) * 512 + (int)MathF.Round(p.X)];
        }
        Assert.Equal(1f, At(new Vector2(128, 128)));
        Assert.Equal(0f, At(new Vector2(2, 128)));
        var mid = At(new Vector2(5 + 15, 128)); // margin 5 px, feather 31 px: halfway
        Assert.InRange(mid, 0.3f, 0.7f);
    }

    [Fact]
    public void Apply_WrongCropSize_NamesBothSizes()
    {
        var paste = new PasteBack(512, 512, 256, 256, CropFromFrame);
        var error = Assert.Throws<ArgumentException>(() => paste.Apply(new RgbImage(512, 512), new RgbImage(128, 128)));
        Assert.Contains("256×256", error.Message);
        Assert.Contains("128×128", error.Message);
    }
}
