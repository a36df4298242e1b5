using Mona.Sdk.Media;

namespace Mona.Media.Tests.Support;

/// <summary>Synthetic pictures with known content, and ways to compare pictures.</summary>
public static class TestImages
{
    public static readonly (byte R, byte G, byte B) Red = (220, 30, 30);
    public static readonly (byte R, byte G, byte B) Green = (30, 200, 40);
    public static readonly (byte R, byte G, byte B) Blue = (30, 40, 210);
    public static readonly (byte R, byte G, byte B) White = (250, 250, 250);

    /// <summary>Four flat quadrants: red top-left, green top-right, blue bottom-left, white bottom-right.</summary>
    public static RgbImage Quadrants(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var c = (x < width / 2, y < height / 2) switch
            {
                (true, true) => Red,
                (false, true) => Green,
                (true, false) => Blue,
                _ => White,
            };
            Set(image, x, y, c);
        }
        return image;
    }

    /// <summary>A smooth gradient, different in every channel: lossy codecs keep it within a level or two.</summary>
    public static RgbImage Gradient(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            Set(image, x, y, ((byte)(x * 255 / (width - 1)), (byte)(y * 255 / (height - 1)), (byte)((x + y) * 255 / (width + height - 2))));
        return image;
    }

    public static (byte R, byte G, byte B) At(RgbImage image, int x, int y)
    {
        var i = (y * image.Width + x) * 3;
        return (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]);
    }

    public static void Set(RgbImage image, int x, int y, (byte R, byte G, byte B) c)
    {
        var i = (y * image.Width + x) * 3;
        (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]) = c;
    }

    /// <summary>The largest per-channel difference between a colour and an expected one.</summary>
    public static int Distance((byte R, byte G, byte B) a, (byte R, byte G, byte B) b) =>
        Math.Max(Math.Abs(a.R - b.R), Math.Max(Math.Abs(a.G - b.G), Math.Abs(a.B - b.B)));

    /// <summary>Mean absolute difference per byte of two equally long pixel buffers.</summary>
    public static double MeanAbsoluteDifference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Assert.Equal(a.Length, b.Length);
        long sum = 0;
        for (var i = 0; i < a.Length; i++) sum += Math.Abs(a[i] - b[i]);
        return (double)sum / a.Length;
    }

    /// <summary>Peak signal-to-noise ratio in dB (8-bit peak); infinity for identical buffers.</summary>
    public static double Psnr(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Assert.Equal(a.Length, b.Length);
        double squares = 0;
        for (var i = 0; i < a.Length; i++) squares += (a[i] - b[i]) * (a[i] - b[i]);
        return squares == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 * a.Length / squares);
    }

    /// <summary>
    /// Inserts an EXIF APP1 segment holding only an Orientation tag (0x0112, SHORT) right after
    /// the JPEG's SOI marker: "Exif\0\0", a little-endian TIFF header, one IFD with one entry.
    /// </summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        Assert.True(jpeg[0] == 0xFF && jpeg[1] == 0xD8, "not a JPEG (no SOI marker)");
        byte[] tiff =
        [
            (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, // little-endian TIFF, first IFD at offset 8
            1, 0,                                   // one entry
            0x12, 0x01, 3, 0, 1, 0, 0, 0,           // tag 0x0112 Orientation, type SHORT, count 1
            (byte)orientation, 0, 0, 0,             // value, left-justified in the 4-byte field
            0, 0, 0, 0,                             // no next IFD
        ];
        byte[] header = [(byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0];
        var length = 2 + header.Length + tiff.Length; // the segment length counts its own two bytes
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. header, .. tiff, .. jpeg.AsSpan(2)];
    }
}
