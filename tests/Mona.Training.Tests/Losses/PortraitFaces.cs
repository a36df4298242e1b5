using Mona.Nn.Faces;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Training.Tests.Losses;

/// <summary>
/// Face crops of the development portraits for the loss tests: ffmpeg decodes the portrait, face-api's
/// SSD detector (Mona.Nn) finds the face, and a square around it is sampled bilinearly to the size a
/// test needs, as planar RGB in [0, 1] (the layout training images have).
/// </summary>
internal static class PortraitFaces
{
    private static readonly Lazy<FaceModels> LazyModels = new(() => FaceModels.Load(Repository.FaceApiModels!, new ComputeContext(threads: 2)));

    public static FaceModels Models => LazyModels.Value;

    /// <summary>A square crop of <paramref name="size"/>² around the portrait's best face (1.2× its box), moved by (dx, dy) crop pixels and scaled in brightness by <paramref name="gain"/>.</summary>
    public static float[] Crop(string portrait, int size, float dx = 0f, float dy = 0f, float gain = 1f)
    {
        var image = Decode(portrait);
        var face = Models.Ssd.Detect(image, 0.5f).MaxBy(f => f.Score)
            ?? throw new InvalidOperationException($"{portrait}: no face found");
        var side = 1.2f * MathF.Max(face.Width, face.Height);
        var step = side / size;
        var left = face.X + face.Width / 2 - side / 2 + dx * step;
        var top = face.Y + face.Height / 2 - side / 2 + dy * step;
        var crop = new float[3 * size * size];
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                for (var c = 0; c < 3; c++)
                {
                    var v = Sample(image, left + (x + 0.5f) * step - 0.5f, top + (y + 0.5f) * step - 0.5f, c);
                    crop[(c * size + y) * size + x] = Math.Clamp(v * gain / 255f, 0f, 1f);
                }
        return crop;
    }

    /// <summary>Planar [0, 1] values rounded to bytes, interleaved as an <see cref="RgbImage"/> (what the inference path takes).</summary>
    public static RgbImage ToImage(float[] planar, int size)
    {
        var image = new RgbImage(size, size);
        for (var i = 0; i < size * size; i++)
            for (var c = 0; c < 3; c++)
                image.Pixels[i * 3 + c] = (byte)MathF.Round(planar[c * size * size + i] * 255f);
        return image;
    }

    /// <summary>Bilinear sample of channel <paramref name="c"/> at (x, y), edges clamped.</summary>
    private static float Sample(RgbImage image, float x, float y, int c)
    {
        x = Math.Clamp(x, 0f, image.Width - 1);
        y = Math.Clamp(y, 0f, image.Height - 1);
        int x0 = (int)x, y0 = (int)y;
        int x1 = Math.Min(x0 + 1, image.Width - 1), y1 = Math.Min(y0 + 1, image.Height - 1);
        float fx = x - x0, fy = y - y0;
        float At(int xx, int yy) => image.Pixels[(yy * image.Width + xx) * 3 + c];
        var top = At(x0, y0) + (At(x1, y0) - At(x0, y0)) * fx;
        var bottom = At(x0, y1) + (At(x1, y1) - At(x0, y1)) * fx;
        return top + (bottom - top) * fy;
    }

    private static RgbImage Decode(string name)
    {
        var path = Repository.Portrait(name);
        var size = ToolRunner.Run("ffprobe", ["-v", "error", "-show_entries", "stream=width,height", "-of", "csv=p=0", path]).Trim().Split(',');
        var raw = ToolRunner.Execute("ffmpeg", ["-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]).Output;
        return new RgbImage(int.Parse(size[0]), int.Parse(size[1]), raw);
    }
}
