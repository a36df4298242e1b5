using System.Runtime.CompilerServices;

namespace Mona.Animation.Compositing;

/// <summary>
/// Reads an interleaved 8-bit RGB picture at a real position with the Catmull-Rom cubic (Keys,
/// a = −0.5): 4×4 taps around ⌊x⌋, ⌊y⌋, clamped to the edge. Unlike bilinear reading it keeps a
/// sub-pixel shift sharp (bilinear at a half-pixel shift is a [½ ½] blur), and at integer
/// positions it returns the pixel itself. Pixel (x, y)'s centre is at (x, y).
/// </summary>
public static class BicubicSampler
{
    /// <summary>Writes the three channels at (<paramref name="x"/>, <paramref name="y"/>) into <paramref name="destination"/>, rounded and clamped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sample(ReadOnlySpan<byte> pixels, int width, int height, float x, float y, Span<byte> destination)
    {
        var fx = MathF.Floor(x);
        var fy = MathF.Floor(y);
        int ix = (int)fx, iy = (int)fy;
        Weights(x - fx, out var wx0, out var wx1, out var wx2, out var wx3);
        Weights(y - fy, out var wy0, out var wy1, out var wy2, out var wy3);
        int x0 = Clamp(ix - 1, width), x1 = Clamp(ix, width), x2 = Clamp(ix + 1, width), x3 = Clamp(ix + 2, width);
        float r = 0, g = 0, b = 0;
        Row(pixels, Clamp(iy - 1, height) * width, x0, x1, x2, x3, wx0, wx1, wx2, wx3, wy0, ref r, ref g, ref b);
        Row(pixels, Clamp(iy, height) * width, x0, x1, x2, x3, wx0, wx1, wx2, wx3, wy1, ref r, ref g, ref b);
        Row(pixels, Clamp(iy + 1, height) * width, x0, x1, x2, x3, wx0, wx1, wx2, wx3, wy2, ref r, ref g, ref b);
        Row(pixels, Clamp(iy + 2, height) * width, x0, x1, x2, x3, wx0, wx1, wx2, wx3, wy3, ref r, ref g, ref b);
        destination[0] = ToByte(r);
        destination[1] = ToByte(g);
        destination[2] = ToByte(b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Row(ReadOnlySpan<byte> pixels, int rowStart, int x0, int x1, int x2, int x3,
        float w0, float w1, float w2, float w3, float wy, ref float r, ref float g, ref float b)
    {
        int p0 = 3 * (rowStart + x0), p1 = 3 * (rowStart + x1), p2 = 3 * (rowStart + x2), p3 = 3 * (rowStart + x3);
        r += wy * (w0 * pixels[p0] + w1 * pixels[p1] + w2 * pixels[p2] + w3 * pixels[p3]);
        g += wy * (w0 * pixels[p0 + 1] + w1 * pixels[p1 + 1] + w2 * pixels[p2 + 1] + w3 * pixels[p3 + 1]);
        b += wy * (w0 * pixels[p0 + 2] + w1 * pixels[p1 + 2] + w2 * pixels[p2 + 2] + w3 * pixels[p3 + 2]);
    }

    /// <summary>Catmull-Rom weights of the taps at −1, 0, 1, 2 for a fraction t in [0, 1); they sum to 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Weights(float t, out float w0, out float w1, out float w2, out float w3)
    {
        var t2 = t * t;
        var t3 = t2 * t;
        w0 = 0.5f * (-t3 + 2 * t2 - t);
        w1 = 0.5f * (3 * t3 - 5 * t2 + 2);
        w2 = 0.5f * (-3 * t3 + 4 * t2 + t);
        w3 = 0.5f * (t3 - t2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Clamp(int i, int size) => i < 0 ? 0 : i >= size ? size - 1 : i;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ToByte(float v) => v <= 0 ? (byte)0 : v >= 255 ? (byte)255 : (byte)(v + 0.5f);
}
