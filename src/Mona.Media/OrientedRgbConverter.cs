using SkiaSharp;

namespace Mona.Media;

/// <summary>
/// Turns decoded, unpremultiplied RGBA into upright RGB: applies the EXIF orientation and
/// composites any transparency over white (portraits with a cut-out background read as on paper).
/// </summary>
internal static class OrientedRgbConverter
{
    /// <summary>Whether the orientation swaps width and height (the four transposing EXIF values 5 to 8).</summary>
    public static bool SwapsAxes(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
        or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Converts <paramref name="rgba"/> (<paramref name="width"/>×<paramref name="height"/> as stored) to an upright RGB image.</summary>
    public static Sdk.Media.RgbImage Convert(ReadOnlySpan<byte> rgba, int width, int height, SKEncodedOrigin origin)
    {
        var swap = SwapsAxes(origin);
        var outWidth = swap ? height : width;
        var outHeight = swap ? width : height;
        var image = new Sdk.Media.RgbImage(outWidth, outHeight);
        var rgb = image.Pixels.AsSpan();
        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                var (sx, sy) = SourceOf(origin, x, y, width, height);
                var s = (sy * width + sx) * 4;
                var d = (y * outWidth + x) * 3;
                int a = rgba[s + 3];
                // Over white: c·a + 255·(1 − a), in 8-bit fixed point with rounding.
                rgb[d] = (byte)((rgba[s] * a + 255 * (255 - a) + 127) / 255);
                rgb[d + 1] = (byte)((rgba[s + 1] * a + 255 * (255 - a) + 127) / 255);
                rgb[d + 2] = (byte)((rgba[s + 2] * a + 255 * (255 - a) + 127) / 255);
            }
        }
        return image;
    }

    /// <summary>
    /// The stored pixel shown at upright position (x, y). EXIF names where the stored row 0 and
    /// column 0 go: RightTop (6) means the stored picture must turn 90° clockwise, so the upright
    /// top-left is the stored bottom-left.
    /// </summary>
    private static (int X, int Y) SourceOf(SKEncodedOrigin origin, int x, int y, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => (w - 1 - x, y),
        SKEncodedOrigin.BottomRight => (w - 1 - x, h - 1 - y),
        SKEncodedOrigin.BottomLeft => (x, h - 1 - y),
        SKEncodedOrigin.LeftTop => (y, x),
        SKEncodedOrigin.RightTop => (y, h - 1 - x),
        SKEncodedOrigin.RightBottom => (w - 1 - y, h - 1 - x),
        SKEncodedOrigin.LeftBottom => (w - 1 - y, x),
        _ => (x, y),
    };
}
