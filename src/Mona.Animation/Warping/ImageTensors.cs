using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Animation.Warping;

/// <summary>Converts between interleaved 8-bit RGB pictures and 1×3×H×W float tensors (values 0–255, unscaled).</summary>
public static class ImageTensors
{
    /// <summary>A new planar copy of <paramref name="image"/> (not pooled).</summary>
    public static Tensor ToPlanar(RgbImage image)
    {
        var plane = image.Width * image.Height;
        var data = new float[3 * plane];
        var pixels = image.Pixels;
        for (var i = 0; i < plane; i++)
        {
            data[i] = pixels[3 * i];
            data[plane + i] = pixels[3 * i + 1];
            data[2 * plane + i] = pixels[3 * i + 2];
        }
        return Tensor.FromArray(new TensorShape(1, 3, image.Height, image.Width), data);
    }

    /// <summary>Writes a 1×3×H×W tensor into <paramref name="destination"/>, rounding and clamping to 0–255.</summary>
    public static void ToImage(Tensor planar, RgbImage destination)
    {
        var s = planar.Shape;
        if (s.N != 1 || s.C != 3 || s.H != destination.Height || s.W != destination.Width)
            throw new ArgumentException($"tensor {s} does not match a {destination.Width}×{destination.Height} RGB picture", nameof(planar));
        var plane = s.Plane;
        var data = planar.Span;
        var pixels = destination.Pixels;
        for (var i = 0; i < plane; i++)
        {
            pixels[3 * i] = ToByte(data[i]);
            pixels[3 * i + 1] = ToByte(data[plane + i]);
            pixels[3 * i + 2] = ToByte(data[2 * plane + i]);
        }
    }

    private static byte ToByte(float v) => (byte)Math.Clamp(v + 0.5f, 0f, 255f);
}
