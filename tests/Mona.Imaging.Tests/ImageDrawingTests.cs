using System.Numerics;
using Mona.Sdk.Media;

namespace Mona.Imaging.Tests;

public sealed class ImageDrawingTests
{
    private static readonly Rgb Red = new(255, 0, 0);

    [Fact]
    public void DrawLine_HorizontalTwoPixelsWide_FullOnItsRowHalfOnTheEdgesBlackBeyond()
    {
        var image = new RgbImage(16, 11);

        ImageDrawing.DrawLine(image, new Vector2(2, 5), new Vector2(12, 5), Red, 2f);

        Assert.Equal(Red, Rgb.At(image, 7, 5));         // distance 0: coverage 1
        Assert.Equal(new Rgb(128, 0, 0), Rgb.At(image, 7, 4)); // distance 1: coverage 1 + 0.5 − 1 = 0.5
        Assert.Equal(new Rgb(128, 0, 0), Rgb.At(image, 7, 6));
        Assert.Equal(Rgb.Black, Rgb.At(image, 7, 3));   // distance 2: nothing
        Assert.Equal(Rgb.Black, Rgb.At(image, 15, 5));  // beyond the round cap
    }

    [Fact]
    public void DrawLine_Diagonal_IsSymmetricAboutTheLine()
    {
        var image = new RgbImage(20, 20);

        ImageDrawing.DrawLine(image, new Vector2(3, 3), new Vector2(16, 16), Red, 2f);

        for (var i = 4; i < 16; i++)
        {
            Assert.Equal(Red, Rgb.At(image, i, i));
            Assert.Equal(Rgb.At(image, i + 1, i), Rgb.At(image, i, i + 1));
        }
        Assert.Equal(Rgb.Black, Rgb.At(image, 15, 4));
    }

    [Fact]
    public void DrawPolyline_Closed_JoinsTheLastPointToTheFirst()
    {
        var open = new RgbImage(20, 20);
        var closed = new RgbImage(20, 20);
        Vector2[] triangle = [new(2, 2), new(17, 2), new(17, 17)];

        ImageDrawing.DrawPolyline(open, triangle, Red, 1.5f);
        ImageDrawing.DrawPolyline(closed, triangle, Red, 1.5f, closed: true);

        Assert.Equal(Rgb.Black, Rgb.At(open, 9, 9));
        Assert.Equal(Red, Rgb.At(closed, 9, 9));
    }

    [Fact]
    public void FillCircle_CoversTheDiscAndBlendsOverWhatIsThere()
    {
        var image = new RgbImage(21, 21);
        Array.Fill(image.Pixels, (byte)200);

        ImageDrawing.FillCircle(image, new Vector2(10, 10), 4f, Red);

        Assert.Equal(Red, Rgb.At(image, 10, 10));
        Assert.Equal(Red, Rgb.At(image, 13, 10));                   // distance 3
        Assert.Equal(new Rgb(228, 100, 100), Rgb.At(image, 14, 10)); // distance 4: coverage 0.5 over grey 200
        Assert.Equal(new Rgb(200, 200, 200), Rgb.At(image, 16, 10));
    }

    [Fact]
    public void DrawRectangle_OutlinesOnly()
    {
        var image = new RgbImage(30, 20);

        ImageDrawing.DrawRectangle(image, 5, 4, 20, 10, Red, 2f);

        Assert.Equal(Red, Rgb.At(image, 15, 4));
        Assert.Equal(Red, Rgb.At(image, 25, 9));
        Assert.Equal(Rgb.Black, Rgb.At(image, 15, 9));
    }
}
