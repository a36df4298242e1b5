using System.Globalization;
using Mona.Sdk.IO;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using SkiaSharp;

namespace Mona.Media;

/// <summary>
/// The host's still-image codec over SkiaSharp: JPEG (including grayscale and Adobe CMYK), PNG
/// (including 16-bit and alpha), WebP, BMP and the first frame of a GIF, decoded upright to RGB.
/// </summary>
public sealed class SkiaImageCodec : IImageCodec
{
    private readonly MediaOptions _options;

    public SkiaImageCodec(MediaOptions options) => _options = options;

    /// <inheritdoc />
    public RgbImage Decode(string path)
    {
        var fileInfo = new FileInfo(path);
        if (!fileInfo.Exists) throw Unreadable(path, "file not found");
        if (fileInfo.Length == 0) throw Unreadable(path, "file is empty (0 bytes)");

        using var codec = SKCodec.Create(path, out var createResult)
            ?? throw Unreadable(path, createResult == SKCodecResult.Unimplemented
                ? "not a JPEG, PNG, WebP, BMP or GIF image"
                : $"not a readable image: {Describe(createResult)}");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var megapixels = (double)width * height / 1e6;
        if (megapixels > _options.MaxImageMegapixels)
        {
            throw Unreadable(path, string.Create(CultureInfo.InvariantCulture,
                $"{width}x{height} is {megapixels:0.##} megapixels, above the {_options.MaxImageMegapixels:0.###}-megapixel limit"));
        }

        // Ask Skia for sRGB unpremultiplied RGBA whatever the source holds: it converts gray,
        // CMYK, 16-bit and palette data, and applies an embedded colour profile.
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul, SKColorSpace.CreateSrgb());
        var rgba = new byte[checked(width * height * 4)];
        SKCodecResult result;
        unsafe
        {
            fixed (byte* pixels = rgba) result = codec.GetPixels(info, (IntPtr)pixels);
        }
        if (result != SKCodecResult.Success) throw Unreadable(path, Describe(result));
        return OrientedRgbConverter.Convert(rgba, width, height, codec.EncodedOrigin);
    }

    /// <inheritdoc />
    public void Save(RgbImage image, string path, int quality = 92)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        var format = FormatOf(path);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var rgba = new byte[checked(image.Width * image.Height * 4)];
        var rgb = image.Pixels;
        for (int s = 0, d = 0; s < rgb.Length; s += 3, d += 4)
        {
            rgba[d] = rgb[s];
            rgba[d + 1] = rgb[s + 1];
            rgba[d + 2] = rgb[s + 2];
            rgba[d + 3] = 255;
        }

        using var skImage = SKImage.FromPixelCopy(info, rgba);
        using var data = skImage.Encode(format, quality)
            ?? throw new IOException($"cannot write image {path}: Skia could not encode {format}");
        AtomicFile.Write(path, data.SaveTo);
    }

    private static SKEncodedImageFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => SKEncodedImageFormat.Png,
        ".jpg" or ".jpeg" => SKEncodedImageFormat.Jpeg,
        ".webp" => SKEncodedImageFormat.Webp,
        _ => throw new ArgumentException($"cannot write image {path}: the extension must be .png, .jpg, .jpeg or .webp", nameof(path)),
    };

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput or SKCodecResult.ErrorInInput or SKCodecResult.InvalidInput => "the file is truncated or corrupt",
        SKCodecResult.Unimplemented => "unsupported or unrecognised format",
        SKCodecResult.InvalidConversion => "its pixel format cannot be converted to RGB",
        _ => $"decoder result {result}",
    };

    private static ItemFailedException Unreadable(string path, string problem) => new($"cannot read image {path}: {problem}");
}
