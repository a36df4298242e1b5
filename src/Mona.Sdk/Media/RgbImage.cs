namespace Mona.Sdk.Media;

/// <summary>
/// An 8-bit RGB picture, rows top to bottom, 3 bytes a pixel, no padding. The common currency
/// between stages and the host's codecs: plugins never touch native image libraries themselves.
/// </summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height) : this(width, height, new byte[checked(width * height * 3)]) { }

    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (pixels.Length != checked(width * height * 3))
            throw new ArgumentException($"expected {width * height * 3} bytes for {width}x{height} RGB, got {pixels.Length}", nameof(pixels));
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Interleaved R, G, B bytes, <c>Width * 3</c> a row.</summary>
    public byte[] Pixels { get; }

    public Span<byte> Row(int y) => Pixels.AsSpan(y * Width * 3, Width * 3);

    public RgbImage Clone() => new(Width, Height, (byte[])Pixels.Clone());
}
