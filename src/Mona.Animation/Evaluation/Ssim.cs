using Mona.Sdk.Media;

namespace Mona.Animation.Evaluation;

/// <summary>
/// Structural similarity as FFmpeg's <c>ssim</c> filter computes it, so numbers can be checked
/// against <c>ffmpeg -lavfi ssim</c>. Per plane: sums over 4×4 blocks; every 8×8 window made of
/// 2×2 neighbouring blocks (stride 4, no Gaussian weights: "the standard approximation of
/// overlapped 8×8 block sums" of x264 and FFmpeg) gives
/// SSIM = (2·s₁s₂ + C₁)(2·(64·s₁₂ − s₁s₂) + C₂) / ((s₁² + s₂² + C₁)(64·ss − s₁² − s₂² + C₂))
/// with s the window sums, ss the sum of both squares, C₁ = (0.01·255)²·64 ≈ 416, C₂ = (0.03·255)²·64·63 ≈ 235963;
/// the plane's value is the mean over its ⌊W/4 − 1⌋·⌊H/4 − 1⌋ windows. On RGB pictures the planes are
/// R, G and B (FFmpeg's gbrp) and the overall value ("All") is their mean, as FFmpeg weights planes
/// by their pixel counts. Pictures under 8×8 have no window and are rejected.
/// </summary>
public static class Ssim
{
    // FFmpeg rounds the constants to integers: (int)(.01²·255²·64 + .5) and (int)(.03²·255²·64·63 + .5).
    private const double C1 = 416;
    private const double C2 = 235963;

    /// <summary>Mean SSIM over the R, G and B planes.</summary>
    public static double Compute(RgbImage a, RgbImage b)
    {
        CheckSameSize(a, b);
        double sum = 0;
        for (var c = 0; c < 3; c++) sum += Plane(a.Pixels, b.Pixels, a.Width, a.Height, 3, c);
        return sum / 3;
    }

    /// <summary>SSIM of one plane of interleaved samples (<paramref name="stride"/> values a pixel, the plane at <paramref name="offset"/>).</summary>
    public static double Plane(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int width, int height, int stride, int offset)
    {
        int blocksX = width / 4, blocksY = height / 4;
        if (blocksX < 2 || blocksY < 2) throw new ArgumentException($"SSIM needs at least 8×8 pixels, got {width}×{height}");
        var sums = new long[blocksY, blocksX, 4];
        for (var by = 0; by < blocksY; by++)
            for (var bx = 0; bx < blocksX; bx++)
                for (var y = 4 * by; y < 4 * by + 4; y++)
                    for (var x = 4 * bx; x < 4 * bx + 4; x++)
                    {
                        var i = (y * width + x) * stride + offset;
                        int p = a[i], q = b[i];
                        sums[by, bx, 0] += p;
                        sums[by, bx, 1] += q;
                        sums[by, bx, 2] += p * p + q * q;
                        sums[by, bx, 3] += p * q;
                    }
        double total = 0;
        Span<long> s = stackalloc long[4];
        for (var by = 0; by < blocksY - 1; by++)
            for (var bx = 0; bx < blocksX - 1; bx++)
            {
                for (var k = 0; k < 4; k++)
                    s[k] = sums[by, bx, k] + sums[by, bx + 1, k] + sums[by + 1, bx, k] + sums[by + 1, bx + 1, k];
                total += Window(s[0], s[1], s[2], s[3]);
            }
        return total / ((blocksX - 1) * (blocksY - 1));
    }

    private static double Window(long s1, long s2, long ss, long s12)
    {
        double variance = ss * 64 - s1 * s1 - s2 * s2;
        double covariance = s12 * 64 - s1 * s2;
        return (2.0 * s1 * s2 + C1) * (2 * covariance + C2) / ((double)(s1 * s1 + s2 * s2) + C1) / (variance + C2);
    }

    internal static void CheckSameSize(RgbImage a, RgbImage b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Width != b.Width || a.Height != b.Height)
            throw new ArgumentException($"pictures differ in size: {a.Width}×{a.Height} and {b.Width}×{b.Height}");
    }
}
