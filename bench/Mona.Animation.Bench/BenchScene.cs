using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Animation.Presets;
using Mona.Animation.Transfer;
using Mona.Media;
using Mona.Sdk.Media;

namespace Mona.Animation.Bench;

/// <summary>
/// The benchmark's scene: a 512² picture (a real portrait when ../shared/data is found, else a
/// synthetic pattern), a 256² aligned crop cut from it with a turned similarity, the canonical face
/// laid into the crop as source landmarks, and driven landmarks precomputed from the <c>mix</c> preset.
/// </summary>
internal sealed class BenchScene
{
    public const int FrameSize = 512, CropSize = 256;

    private BenchScene(RgbImage frame, RgbImage crop, Affine2D cropFromFrame, Vector2[] source, Vector2[][] driven, string origin)
    {
        (Frame, Crop, CropFromFrame, SourceLandmarks, Driven, Origin) = (frame, crop, cropFromFrame, source, driven, origin);
    }

    public RgbImage Frame { get; }
    public RgbImage Crop { get; }
    public Affine2D CropFromFrame { get; }
    public Vector2[] SourceLandmarks { get; }
    public Vector2[][] Driven { get; }
    public string Origin { get; }

    public static BenchScene Create(int frames, double fps) => Create(frames, fps, 1, 1);

    /// <summary>
    /// The scene inside a larger picture: the 512² frame scaled by <paramref name="upscale"/> (bilinear) and laid
    /// onto a picture <paramref name="widthFactor"/>× as wide (grey margins), the crop geometry composed accordingly;
    /// (1920 × 1080: upscale 1080/512, width factor 1920/1080) is a face in a Full HD picture.
    /// </summary>
    public static BenchScene Create(int frames, double fps, float upscale, float widthFactor)
    {
        var (frame, origin) = LoadFrame();
        var picture = frame;
        var pictureFromFrame = Affine2D.Identity;
        if (upscale != 1 || widthFactor != 1)
        {
            var height = (int)MathF.Round(FrameSize * upscale);
            var width = (int)MathF.Round(height * widthFactor);
            var left = (width - height) / 2f;
            picture = new RgbImage(width, height);
            Array.Fill(picture.Pixels, (byte)128);
            var large = Resample(frame, new Affine2D(1 / upscale, 0, 0, 0, 1 / upscale, 0), height);
            for (var y = 0; y < height; y++) large.Row(y).CopyTo(picture.Row(y)[(3 * (int)left)..]);
            pictureFromFrame = new Affine2D(upscale, 0, (int)left, 0, upscale, 0);
        }
        var turn = new Similarity2D(0.9f * MathF.Cos(0.08f), 0.9f * MathF.Sin(0.08f), 0, 0);
        var shift = new Vector2(128, 128) - turn.Apply(new Vector2(256, 230));
        var cropFromFrame = (turn with { Tx = shift.X, Ty = shift.Y }).ToAffine();
        var crop = Resample(frame, cropFromFrame.Invert(), CropSize);
        cropFromFrame = pictureFromFrame.Invert().Then(cropFromFrame);
        frame = picture;
        // Hand-fitted to the portrait crop (eyes at y ≈ 108, mouth at y ≈ 173) until the faces stages provide landmarks.
        var source = CanonicalFace.Points2D().Select(p => new Vector2(124 + 58 * p.X, 108 + 68 * p.Y)).ToArray();
        var transfer = new MotionTransfer(source, CanonicalFace.Points2D());
        var driving = PresetMotionGenerator.Generate(MotionPreset.Mix, frames / fps, fps, seed: 1);
        return new BenchScene(frame, crop, cropFromFrame, source, transfer.ApplyAll(driving), origin);
    }

    private static (RgbImage Frame, string Origin) LoadFrame()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "shared", "data", "portraits", "mona-lisa.jpg");
            if (!File.Exists(path)) continue;
            var image = new SkiaImageCodec(new MediaOptions()).Decode(path);
            var side = Math.Min(image.Width, image.Height);
            var scale = (float)side / FrameSize;
            var toFrame = new Affine2D(scale, 0, (image.Width - side) / 2f, 0, scale, 0);
            return (Resample(image, toFrame, FrameSize), path);
        }
        var pattern = new RgbImage(FrameSize, FrameSize);
        for (var i = 0; i < pattern.Pixels.Length; i++) pattern.Pixels[i] = (byte)(i * 7 % 251);
        return (pattern, "synthetic pattern (no shared/data found)");
    }

    /// <summary>size² picture whose pixel p reads <paramref name="image"/> bilinearly at <paramref name="imageFromOutput"/>(p).</summary>
    private static RgbImage Resample(RgbImage image, Affine2D imageFromOutput, int size)
    {
        var output = new RgbImage(size, size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var p = imageFromOutput.Apply(new Vector2(x, y));
                int x0 = Math.Clamp((int)MathF.Floor(p.X), 0, image.Width - 2), y0 = Math.Clamp((int)MathF.Floor(p.Y), 0, image.Height - 2);
                float fx = Math.Clamp(p.X - x0, 0, 1), fy = Math.Clamp(p.Y - y0, 0, 1);
                for (var c = 0; c < 3; c++)
                {
                    float At(int sx, int sy) => image.Pixels[(sy * image.Width + sx) * 3 + c];
                    var v = (1 - fy) * ((1 - fx) * At(x0, y0) + fx * At(x0 + 1, y0)) + fy * ((1 - fx) * At(x0, y0 + 1) + fx * At(x0 + 1, y0 + 1));
                    output.Pixels[(y * size + x) * 3 + c] = (byte)(v + 0.5f);
                }
            }
        return output;
    }
}
