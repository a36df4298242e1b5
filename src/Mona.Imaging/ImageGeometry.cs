using Mona.Sdk.Faces;
using Mona.Sdk.Media;

namespace Mona.Imaging;

/// <summary>Crops and resizes.</summary>
public static class ImageGeometry
{
    /// <summary>The rectangle at (<paramref name="x"/>, <paramref name="y"/>) of the given size; parts outside the image are black.</summary>
    public static RgbImage Crop(RgbImage source, int x, int y, int width, int height)
    {
        var output = new RgbImage(width, height);
        var left = Math.Max(0, x);
        var right = Math.Min(source.Width, x + width);
        if (right <= left) return output;
        for (var row = Math.Max(0, y); row < Math.Min(source.Height, y + height); row++)
            source.Row(row)[(left * 3)..(right * 3)].CopyTo(output.Row(row - y)[((left - x) * 3)..]);
        return output;
    }

    /// <summary>
    /// Bilinear resize with pixel centres aligned (corner-to-corner, the usual image convention).
    /// Intended for moderate factors; shrinking by more than 2× aliases.
    /// </summary>
    public static RgbImage Resize(RgbImage source, int width, int height)
    {
        double sx = (double)source.Width / width, sy = (double)source.Height / height;
        // Output pixel centre (x + 0.5) maps to source centre (x + 0.5)·s − 0.5.
        var map = new AffineTransform2D(sx, 0, 0.5 * sx - 0.5, 0, sy, 0.5 * sy - 0.5);
        return AffineWarp.Warp(source, map, width, height);
    }

    /// <summary>
    /// Shrinks by an integer <paramref name="factor"/> with a box filter (each output pixel is the
    /// mean of a factor×factor block), the alias-free way down after sampling at a finer grid.
    /// </summary>
    public static RgbImage Shrink(RgbImage source, int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        if (source.Width % factor != 0 || source.Height % factor != 0)
            throw new ArgumentException($"image {source.Width}x{source.Height} is not a multiple of {factor}", nameof(source));
        var output = new RgbImage(source.Width / factor, source.Height / factor);
        var sums = new int[output.Width * 3];
        var half = factor * factor / 2;
        for (var y = 0; y < output.Height; y++)
        {
            Array.Clear(sums);
            for (var dy = 0; dy < factor; dy++)
            {
                var row = source.Row(y * factor + dy);
                for (var x = 0; x < source.Width; x++)
                for (var c = 0; c < 3; c++)
                    sums[x / factor * 3 + c] += row[x * 3 + c];
            }
            var target = output.Row(y);
            for (var i = 0; i < sums.Length; i++) target[i] = (byte)((sums[i] + half) / (factor * factor));
        }
        return output;
    }
}
