using Mona.Sdk.Faces;
using Mona.Sdk.Media;

namespace Mona.Imaging.Tests;

public sealed class ImageGeometryTests
{
    [Fact]
    public void Warp_IntegerShift_CopiesPixelsAndBlacksOutTheOutside()
    {
        var source = Ramp(8, 6);

        var shifted = AffineWarp.Warp(source, new AffineTransform2D(1, 0, 2, 0, 1, 1), 8, 6);

        Assert.Equal(Rgb.At(source, 2, 1), Rgb.At(shifted, 0, 0));
        Assert.Equal(Rgb.At(source, 7, 5), Rgb.At(shifted, 5, 4));
        Assert.Equal(Rgb.Black, Rgb.At(shifted, 7, 5));
    }

    [Fact]
    public void Warp_HalfPixelShift_AveragesNeighbours()
    {
        var source = Ramp(8, 6);

        var shifted = AffineWarp.Warp(source, new AffineTransform2D(1, 0, 0.5, 0, 1, 0), 4, 4);

        var a = Rgb.At(source, 1, 2);
        var b = Rgb.At(source, 2, 2);
        Assert.Equal((byte)Math.Round((a.R + b.R) / 2.0, MidpointRounding.AwayFromZero), Rgb.At(shifted, 1, 2).R);
    }

    [Fact]
    public void Crop_PartlyOutside_CopiesTheInsideAndPadsBlack()
    {
        var source = Ramp(8, 6);

        var crop = ImageGeometry.Crop(source, -2, 3, 5, 4);

        Assert.Equal(Rgb.Black, Rgb.At(crop, 0, 0));
        Assert.Equal(Rgb.At(source, 0, 3), Rgb.At(crop, 2, 0));
        Assert.Equal(Rgb.At(source, 2, 5), Rgb.At(crop, 4, 2));
        Assert.Equal(Rgb.Black, Rgb.At(crop, 4, 3));
    }

    [Fact]
    public void Resize_Halving_KeepsAUniformImageUniformAndAveragesPairs()
    {
        var uniform = new RgbImage(10, 10);
        Array.Fill(uniform.Pixels, (byte)77);
        Assert.All(ImageGeometry.Resize(uniform, 5, 5).Pixels, v => Assert.Equal(77, v));

        var ramp = Ramp(8, 2);
        var half = ImageGeometry.Resize(ramp, 4, 1);
        // Output pixel 1's centre maps to source x = 2.5: the mean of columns 2 and 3.
        Assert.Equal((byte)Math.Round((Rgb.At(ramp, 2, 0).R + Rgb.At(ramp, 3, 0).R + Rgb.At(ramp, 2, 1).R + Rgb.At(ramp, 3, 1).R) / 4.0), Rgb.At(half, 1, 0).R);
    }

    [Fact]
    public void Shrink_ByThree_EachPixelIsTheRoundedMeanOfItsBlock()
    {
        var ramp = Ramp(6, 3);
        var small = ImageGeometry.Shrink(ramp, 3);
        Assert.Equal((2, 1), (small.Width, small.Height));
        for (var x = 0; x < 2; x++)
        {
            var block = Enumerable.Range(0, 9).Select(i => Rgb.At(ramp, 3 * x + i % 3, i / 3)).ToList();
            var expected = new Rgb((byte)Math.Round(block.Average(p => p.R)), (byte)Math.Round(block.Average(p => p.G)), (byte)Math.Round(block.Average(p => p.B)));
            Assert.Equal(expected, Rgb.At(small, x, 0));
        }
    }

    [Fact]
    public void Shrink_SizeNotAMultiple_ThrowsNamingTheSize()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageGeometry.Shrink(new RgbImage(10, 8), 4));
        Assert.Contains("10x8", error.Message);
    }

    /// <summary>R grows with x, G with y, B constant: every pixel distinct in its row and column.</summary>
    private static RgbImage Ramp(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 3;
                (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]) = ((byte)(10 + 30 * x), (byte)(20 + 40 * y), 90);
            }
        return image;
    }
}
