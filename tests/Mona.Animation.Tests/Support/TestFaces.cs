using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Media;
using Mona.Sdk.Media;

namespace Mona.Animation.Tests.Support;

/// <summary>Faces for tests: the canonical template placed in a crop, and real pictures to warp.</summary>
public static class TestFaces
{
    /// <summary>Pixels per template unit (inter-ocular distance) in a 256² crop.</summary>
    public const float CropScale = 64f;

    /// <summary>Where the template's origin (between the eyes) sits in a 256² crop.</summary>
    public static Vector2 CropOrigin => new(128f, 96f);

    /// <summary>Template-frame points mapped into the 256² crop.</summary>
    public static Vector2[] InCrop(IReadOnlyList<Vector2> template) => template.Select(p => CropOrigin + CropScale * p).ToArray();

    /// <summary>The neutral template in the 256² crop.</summary>
    public static Vector2[] NeutralCrop() => InCrop(CanonicalFace.Points2D());

    /// <summary>A real portrait, cut to a 256² crop around its face by a fixed box (no detector needed).</summary>
    public static RgbImage PortraitCrop()
    {
        var image = new SkiaImageCodec(new MediaOptions()).Decode(SharedData.Portrait("mona-lisa.jpg"));
        return Resample(image, image.Width * 0.28f, image.Height * 0.08f, image.Width * 0.44f, 256);
    }

    /// <summary>A square region resampled (nearest neighbour) to size×size.</summary>
    public static RgbImage Resample(RgbImage image, float left, float top, float side, int size)
    {
        var crop = new RgbImage(size, size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var sx = Math.Clamp((int)(left + side * (x + 0.5f) / size), 0, image.Width - 1);
                var sy = Math.Clamp((int)(top + side * (y + 0.5f) / size), 0, image.Height - 1);
                image.Pixels.AsSpan((sy * image.Width + sx) * 3, 3).CopyTo(crop.Pixels.AsSpan((y * size + x) * 3, 3));
            }
        return crop;
    }

    /// <summary>A seeded picture of smooth colour gradients with fine noise (so sampling errors show).</summary>
    public static RgbImage Pattern(int width, int height, int seed)
    {
        var random = new Random(seed);
        var image = new RgbImage(width, height);
        double fx = 0.02 + 0.03 * random.NextDouble(), fy = 0.02 + 0.03 * random.NextDouble();
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 3;
                image.Pixels[i] = (byte)(127 + 100 * Math.Sin(fx * x + 0.3 * seed));
                image.Pixels[i + 1] = (byte)(127 + 100 * Math.Cos(fy * y));
                image.Pixels[i + 2] = (byte)(127 + 60 * Math.Sin(fx * x + fy * y) + random.Next(-20, 21));
            }
        return image;
    }

    /// <summary>Cuts a size² crop by bilinear sampling at frameFromCrop(p) (an independent twin of what an align stage does).</summary>
    public static RgbImage Cut(RgbImage frame, Affine2D frameFromCrop, int size)
    {
        var crop = new RgbImage(size, size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var p = frameFromCrop.Apply(new Vector2(x, y));
                int x0 = (int)MathF.Floor(p.X), y0 = (int)MathF.Floor(p.Y);
                float fx = p.X - x0, fy = p.Y - y0;
                for (var c = 0; c < 3; c++)
                {
                    float Sample(int sx, int sy) => frame.Pixels[(Math.Clamp(sy, 0, frame.Height - 1) * frame.Width + Math.Clamp(sx, 0, frame.Width - 1)) * 3 + c];
                    var v = (1 - fy) * ((1 - fx) * Sample(x0, y0) + fx * Sample(x0 + 1, y0)) + fy * ((1 - fx) * Sample(x0, y0 + 1) + fx * Sample(x0 + 1, y0 + 1));
                    crop.Pixels[(y * size + x) * 3 + c] = (byte)(v + 0.5f);
                }
            }
        return crop;
    }
}
