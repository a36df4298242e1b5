using Mona.Media.Tests.Support;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using SkiaSharp;
using static Mona.Media.Tests.Support.TestImages;

namespace Mona.Media.Tests;

public sealed class SkiaImageCodecTests : IDisposable
{
    // JPEG of flat quadrants: colours a few blocks from an edge stay within a few levels.
    private const int FlatJpegTolerance = 6;

    private readonly TempFolder _temp = new();
    private readonly SkiaImageCodec _codec = new(new MediaOptions());

    public void Dispose() => _temp.Dispose();

    [MediaFact(sharedData: true, ffmpeg: true)]
    public void Decode_Portraits_MatchFfmpegsDecodingOfTheSameFile()
    {
        var differences = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Repository.SharedData!, "portraits"), "*.jpg").Order(StringComparer.Ordinal))
        {
            var image = _codec.Decode(path);
            var video = MediaTool.Stream(MediaTool.ProbeStreams(path), "video")!.Value;
            Assert.Equal(video.GetProperty("width").GetInt32(), image.Width);
            Assert.Equal(video.GetProperty("height").GetInt32(), image.Height);
            // Two independent JPEG decoders differ in IDCT and chroma upsampling (measured 0.2 to
            // 0.9 levels on these files); Skia also applies an embedded ICC profile, which ffmpeg
            // ignores (measured 2.6 and 3.2 on the two tagged paintings).
            var hasProfile = File.ReadAllBytes(path).AsSpan().IndexOf("ICC_PROFILE"u8) >= 0;
            var mad = MeanAbsoluteDifference(image.Pixels, MediaTool.DecodeFrame(path, 0));
            differences.Add($"{Path.GetFileName(path)} {mad:0.00}{(hasProfile ? " (ICC)" : "")}");
            Assert.True(mad < (hasProfile ? 4.0 : 1.5), $"mean differences from ffmpeg's decoding: {string.Join(", ", differences)}");
        }
        Assert.NotEmpty(differences);
    }

    [MediaFact(ffmpeg: true)]
    public void Decode_LosslessFormats_ReturnTheSavedPixelsExactly()
    {
        var source = Gradient(48, 32);
        var png = _temp.File("source.png");
        _codec.Save(source, png);
        MediaTool.Ffmpeg("-i", png, _temp.File("copy.bmp"));
        MediaTool.Ffmpeg("-i", png, "-c:v", "libwebp", "-lossless", "1", _temp.File("copy.webp"));
        MediaTool.Ffmpeg("-i", png, "-pix_fmt", "rgb48be", _temp.File("sixteen-bit.png"));

        foreach (var name in new[] { "source.png", "copy.bmp", "copy.webp" })
            Assert.True(source.Pixels.AsSpan().SequenceEqual(_codec.Decode(_temp.File(name)).Pixels), $"{name} differs from the source");
        // 16-bit samples are v·257; Skia narrows them through its colour pipeline, which may round one level off.
        var wide = _codec.Decode(_temp.File("sixteen-bit.png"));
        for (var i = 0; i < source.Pixels.Length; i++)
            Assert.True(Math.Abs(source.Pixels[i] - wide.Pixels[i]) <= 1, $"16-bit PNG byte {i} is {wide.Pixels[i]}, source {source.Pixels[i]}");
    }

    [MediaFact(ffmpeg: true)]
    public void Decode_Gif_ReturnsTheFirstFrame()
    {
        var png = _temp.File("quadrants.png");
        _codec.Save(Quadrants(32, 32), png);
        var gif = _temp.File("two-frames.gif");
        // Two frames: the quadrants, then a black frame; only the first must come back. A palette
        // built from the frames keeps the four colours exact (ffmpeg's default GIF colours are 3-3-2 bits).
        MediaTool.Ffmpeg("-i", png, "-f", "lavfi", "-i", "color=c=black:s=32x32:d=0.1:r=10",
            "-filter_complex", "[0:v][1:v]concat=n=2:v=1,split[a][b];[a]palettegen[p];[b][p]paletteuse", "-r", "10", gif);

        var image = _codec.Decode(gif);

        Assert.Equal((32, 32), (image.Width, image.Height));
        Assert.True(Distance(At(image, 4, 4), Red) <= 8, $"top-left is {At(image, 4, 4)}");
        Assert.True(Distance(At(image, 28, 28), White) <= 8, $"bottom-right is {At(image, 28, 28)}");
    }

    [MediaFact(ffmpeg: true)]
    public void Decode_GrayscalePngAndJpeg_GiveEqualChannels()
    {
        var png = _temp.File("colour.png");
        _codec.Save(Gradient(64, 48), png);
        MediaTool.Ffmpeg("-i", png, "-pix_fmt", "gray", _temp.File("gray.png"));
        MediaTool.Ffmpeg("-i", png, "-pix_fmt", "gray16be", _temp.File("gray16.png"));
        var grayPng = _codec.Decode(_temp.File("gray.png"));
        // ffmpeg's JPEG encoder cannot write one-channel files; Skia writes a grayscale JPEG from Gray8.
        SaveGrayJpeg(grayPng, _temp.File("gray.jpg"));
        Assert.Equal("gray", MediaTool.Stream(MediaTool.ProbeStreams(_temp.File("gray.jpg")), "video")!.Value.GetProperty("pix_fmt").GetString());

        foreach (var name in new[] { "gray.png", "gray16.png", "gray.jpg" })
        {
            var image = _codec.Decode(_temp.File(name));
            Assert.Equal((64, 48), (image.Width, image.Height));
            for (var i = 0; i < image.Pixels.Length; i += 3)
                Assert.True(image.Pixels[i] == image.Pixels[i + 1] && image.Pixels[i] == image.Pixels[i + 2], $"{name}: pixel {i / 3} is not gray");
            Assert.True(MeanAbsoluteDifference(image.Pixels, grayPng.Pixels) < 2.0, $"{name} differs from the 8-bit gray PNG");
        }
    }

    [Fact]
    public void Decode_AdobeCmykJpeg_ConvertsToRgb()
    {
        // Stored (inverted) CMYK: R = C'·K'/255, G = M'·K'/255, B = Y'·K'/255 for Adobe files.
        var path = _temp.File("cmyk.jpg");
        File.WriteAllBytes(path, CmykJpegWriter.Write(4, 2, (bx, _) => bx < 2 ? ((byte)255, (byte)128, (byte)0, (byte)255) : ((byte)0, (byte)255, (byte)255, (byte)128)));

        var image = _codec.Decode(path);

        Assert.Equal((32, 16), (image.Width, image.Height));
        Assert.True(Distance(At(image, 4, 4), (255, 128, 0)) <= 3, $"left block is {At(image, 4, 4)}");
        Assert.True(Distance(At(image, 28, 12), (0, 128, 128)) <= 3, $"right block is {At(image, 28, 12)}");
    }

    [Fact]
    public void Decode_PngWithAlpha_CompositesOnWhite()
    {
        var path = _temp.File("alpha.png");
        using (var bitmap = new SKBitmap(new SKImageInfo(2, 1, SKColorType.Rgba8888, SKAlphaType.Unpremul)))
        {
            bitmap.SetPixel(0, 0, new SKColor(255, 0, 0, 128)); // half-transparent red
            bitmap.SetPixel(1, 0, new SKColor(0, 0, 255, 0));   // fully transparent
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(path, data.ToArray());
        }

        var image = _codec.Decode(path);

        Assert.True(Distance(At(image, 0, 0), (255, 127, 127)) <= 1, $"half-transparent red over white is {At(image, 0, 0)}");
        Assert.Equal(((byte)255, (byte)255, (byte)255), At(image, 1, 0));
    }

    [Theory]
    [InlineData(1, "RGBW")]
    [InlineData(2, "GRWB")] // mirrored left-right
    [InlineData(3, "WBGR")] // turned 180°
    [InlineData(4, "BWRG")] // mirrored top-bottom
    [InlineData(5, "RBGW")] // transposed
    [InlineData(6, "BRWG")] // stored turned left: shown turned 90° clockwise
    [InlineData(7, "WGBR")] // transversed
    [InlineData(8, "GWRB")] // stored turned right: shown turned 90° counter-clockwise
    public void Decode_ExifOrientation_ShowsThePictureUpright(ushort orientation, string quadrants)
    {
        // Expected upright quadrants (top-left, top-right, bottom-left, bottom-right) per the EXIF
        // definition, for a stored 64×32 picture with red, green / blue, white quadrants.
        var stored = _temp.File("stored.jpg");
        _codec.Save(Quadrants(64, 32), stored, 95);
        var path = _temp.File($"orientation-{orientation}.jpg");
        File.WriteAllBytes(path, WithExifOrientation(File.ReadAllBytes(stored), orientation));

        var image = _codec.Decode(path);

        var turned = orientation >= 5;
        Assert.Equal(turned ? (32, 64) : (64, 32), (image.Width, image.Height));
        var (w, h) = (image.Width, image.Height);
        (int X, int Y)[] centres = [(w / 4, h / 4), (3 * w / 4, h / 4), (w / 4, 3 * h / 4), (3 * w / 4, 3 * h / 4)];
        for (var q = 0; q < 4; q++)
        {
            var expected = quadrants[q] switch { 'R' => Red, 'G' => Green, 'B' => Blue, _ => White };
            var actual = At(image, centres[q].X, centres[q].Y);
            Assert.True(Distance(actual, expected) <= FlatJpegTolerance, $"quadrant {q} is {actual}, expected {quadrants[q]}");
        }
    }

    [Fact]
    public void Decode_ImageAboveTheMegapixelLimit_IsRefusedNamingTheSize()
    {
        var path = _temp.File("big.png");
        _codec.Save(Gradient(100, 50), path);
        var strict = new SkiaImageCodec(new MediaOptions { MaxImageMegapixels = 0.001 });

        var error = Assert.Throws<ItemFailedException>(() => strict.Decode(path));

        Assert.Equal($"cannot read image {path}: 100x50 is 0.01 megapixels, above the 0.001-megapixel limit", error.Message);
    }

    [MediaFact(sharedData: true)]
    public void Decode_BadFiles_FailNamingTheFileAndTheProblem()
    {
        var empty = _temp.File("empty.jpg");
        File.WriteAllBytes(empty, []);
        var text = _temp.File("notes.jpg");
        File.WriteAllText(text, "this is not a picture, just text with a .jpg name\n");
        var truncated = _temp.File("truncated.jpg");
        var portrait = File.ReadAllBytes(Repository.Portrait("einstein.jpg"));
        File.WriteAllBytes(truncated, portrait[..(portrait.Length / 2)]);
        var missing = _temp.File("missing.png");

        AssertFails(empty, "file is empty (0 bytes)");
        AssertFails(text, "not a JPEG, PNG, WebP, BMP or GIF image");
        AssertFails(truncated, "the file is truncated or corrupt");
        AssertFails(missing, "file not found");
    }

    [Fact]
    public void Save_EachFormat_WritesAtomicallyAndDecodesBack()
    {
        var source = Gradient(64, 32);
        foreach (var name in new[] { "out.png", "out.jpg", "out.jpeg", "out.webp" })
        {
            var path = _temp.File(name);
            File.WriteAllText(path, "an older file the save must replace");
            _codec.Save(source, path);
            var back = _codec.Decode(path);
            Assert.True(MeanAbsoluteDifference(source.Pixels, back.Pixels) < 2.0, $"{name} does not decode back to the saved picture");
        }
        Assert.Equal(["out.jpeg", "out.jpg", "out.png", "out.webp"], _temp.Files());
    }

    [Fact]
    public void Save_UnknownExtension_ThrowsAndWritesNothing()
    {
        var error = Assert.Throws<ArgumentException>(() => _codec.Save(Quadrants(8, 8), _temp.File("out.tiff")));

        Assert.Contains("the extension must be .png, .jpg, .jpeg or .webp", error.Message);
        Assert.Empty(_temp.Files());
    }

    private static void SaveGrayJpeg(RgbImage gray, string path)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(gray.Width, gray.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        for (var y = 0; y < gray.Height; y++)
        for (var x = 0; x < gray.Width; x++)
        {
            var v = At(gray, x, y).R;
            bitmap.SetPixel(x, y, new SKColor(v, v, v));
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        File.WriteAllBytes(path, data.ToArray());
    }

    private void AssertFails(string path, string problem)
    {
        var error = Assert.Throws<ItemFailedException>(() => _codec.Decode(path));
        Assert.StartsWith($"cannot read image {path}: {problem}", error.Message);
    }
}
