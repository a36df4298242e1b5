using Mona.Sdk.Faces;
using Mona.Sdk.Media;

namespace Mona.Imaging;

/// <summary>Resamples an image through an affine map with bilinear interpolation.</summary>
public static class AffineWarp
{
    /// <summary>
    /// A <paramref name="width"/> × <paramref name="height"/> image whose pixel (x, y) is
    /// <paramref name="source"/> sampled bilinearly at <paramref name="outputToSource"/>(x, y).
    /// Samples outside the source are black (so the crop shows where the photo ends).
    /// Rows are independent and run in parallel.
    /// </summary>
    public static RgbImage Warp(RgbImage source, AffineTransform2D outputToSource, int width, int height)
    {
        var output = new RgbImage(width, height);
        Parallel.For(0, height, y => WarpRow(source, outputToSource, output, y));
        return output;
    }

    private static void WarpRow(RgbImage source, AffineTransform2D map, RgbImage output, int y)
    {
        var row = output.Row(y);
        var src = source.Pixels;
        int sw = source.Width, sh = source.Height;
        for (var x = 0; x < output.Width; x++)
        {
            var sx = map.A * x + map.B * y + map.C;
            var sy = map.D * x + map.E * y + map.F;
            // Pixels more than half a pixel outside the source stay black; the edge row/column is clamped.
            if (sx < -0.5 || sy < -0.5 || sx > sw - 0.5 || sy > sh - 0.5) continue;
            sx = Math.Clamp(sx, 0, sw - 1);
            sy = Math.Clamp(sy, 0, sh - 1);
            int x0 = (int)sx, y0 = (int)sy;
            int x1 = Math.Min(x0 + 1, sw - 1), y1 = Math.Min(y0 + 1, sh - 1);
            double fx = sx - x0, fy = sy - y0;
            for (var c = 0; c < 3; c++)
            {
                double top = src[(y0 * sw + x0) * 3 + c] * (1 - fx) + src[(y0 * sw + x1) * 3 + c] * fx;
                double bottom = src[(y1 * sw + x0) * 3 + c] * (1 - fx) + src[(y1 * sw + x1) * 3 + c] * fx;
                row[x * 3 + c] = (byte)Math.Clamp(Math.Round(top * (1 - fy) + bottom * fy), 0, 255);
            }
        }
    }
}
