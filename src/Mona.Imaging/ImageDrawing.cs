using System.Numerics;
using Mona.Sdk.Media;

namespace Mona.Imaging;

/// <summary>
/// Anti-aliased drawing on an <see cref="RgbImage"/>, in place. Shapes are defined by a distance
/// d from each pixel centre to the ideal shape; a pixel is covered by clamp(w/2 + 0.5 − d, 0, 1)
/// (a one-pixel linear ramp around the edge) and blended towards the colour by that coverage.
/// Pixel (x, y)'s centre is the point (x, y).
/// </summary>
public static class ImageDrawing
{
    /// <summary>A straight line of <paramref name="width"/> pixels with round caps.</summary>
    public static void DrawLine(RgbImage image, Vector2 from, Vector2 to, Rgb colour, float width)
    {
        var half = width / 2;
        var (x0, y0, x1, y1) = Bounds(Vector2.Min(from, to), Vector2.Max(from, to), half + 1, image);
        var segment = to - from;
        var lengthSquared = segment.LengthSquared();
        for (var y = y0; y <= y1; y++)
            for (var x = x0; x <= x1; x++)
            {
                var p = new Vector2(x, y);
                var t = lengthSquared > 0 ? Math.Clamp(Vector2.Dot(p - from, segment) / lengthSquared, 0f, 1f) : 0f;
                Blend(image, x, y, colour, half + 0.5f - Vector2.Distance(p, from + t * segment));
            }
    }

    /// <summary>Lines through consecutive points; <paramref name="closed"/> also joins the last to the first.</summary>
    public static void DrawPolyline(RgbImage image, IReadOnlyList<Vector2> points, Rgb colour, float width, bool closed = false)
    {
        for (var i = 0; i + 1 < points.Count; i++) DrawLine(image, points[i], points[i + 1], colour, width);
        if (closed && points.Count > 2) DrawLine(image, points[^1], points[0], colour, width);
    }

    /// <summary>A filled disc.</summary>
    public static void FillCircle(RgbImage image, Vector2 centre, float radius, Rgb colour)
    {
        var (x0, y0, x1, y1) = Bounds(centre, centre, radius + 1, image);
        for (var y = y0; y <= y1; y++)
            for (var x = x0; x <= x1; x++)
                Blend(image, x, y, colour, radius + 0.5f - Vector2.Distance(new Vector2(x, y), centre));
    }

    /// <summary>A circle outline of <paramref name="width"/> pixels.</summary>
    public static void DrawCircle(RgbImage image, Vector2 centre, float radius, Rgb colour, float width)
    {
        var half = width / 2;
        var (x0, y0, x1, y1) = Bounds(centre, centre, radius + half + 1, image);
        for (var y = y0; y <= y1; y++)
            for (var x = x0; x <= x1; x++)
                Blend(image, x, y, colour, half + 0.5f - Math.Abs(Vector2.Distance(new Vector2(x, y), centre) - radius));
    }

    /// <summary>The outline of an axis-aligned rectangle (corner and size), <paramref name="width"/> pixels thick.</summary>
    public static void DrawRectangle(RgbImage image, float x, float y, float rectWidth, float rectHeight, Rgb colour, float width)
    {
        Vector2 a = new(x, y), b = new(x + rectWidth, y), c = new(x + rectWidth, y + rectHeight), d = new(x, y + rectHeight);
        DrawPolyline(image, [a, b, c, d], colour, width, closed: true);
    }

    private static (int X0, int Y0, int X1, int Y1) Bounds(Vector2 min, Vector2 max, float pad, RgbImage image) => (
        Math.Max(0, (int)MathF.Floor(min.X - pad)), Math.Max(0, (int)MathF.Floor(min.Y - pad)),
        Math.Min(image.Width - 1, (int)MathF.Ceiling(max.X + pad)), Math.Min(image.Height - 1, (int)MathF.Ceiling(max.Y + pad)));

    private static void Blend(RgbImage image, int x, int y, Rgb colour, float coverage)
    {
        if (coverage <= 0) return;
        var a = Math.Min(coverage, 1f);
        var pixels = image.Pixels;
        var i = (y * image.Width + x) * 3;
        pixels[i] = Mix(pixels[i], colour.R, a);
        pixels[i + 1] = Mix(pixels[i + 1], colour.G, a);
        pixels[i + 2] = Mix(pixels[i + 2], colour.B, a);
    }

    private static byte Mix(byte from, byte to, float amount) => (byte)MathF.Round(from + (to - from) * amount);
}
