namespace Mona.Imaging;

/// <summary>An 8-bit RGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Black => new(0, 0, 0);

    public static Rgb White => new(255, 255, 255);

    /// <summary>The colour of pixel (<paramref name="x"/>, <paramref name="y"/>) of an image.</summary>
    public static Rgb At(Mona.Sdk.Media.RgbImage image, int x, int y)
    {
        var i = (y * image.Width + x) * 3;
        return new Rgb(image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]);
    }
}
