using Mona.Sdk.Media;

namespace Mona.Animation.Evaluation;

/// <summary>
/// Peak signal-to-noise ratio over all R, G, B samples: 10·log₁₀(255² / MSE) dB. Identical
/// pictures have MSE 0 and PSNR +∞; averages over frames should use <see cref="Capped"/>.
/// </summary>
public static class Psnr
{
    /// <summary>The customary cap for identical pictures when averaging (FFmpeg prints "inf"; many papers cap at 100 dB).</summary>
    public const double DefaultCap = 100;

    /// <summary>PSNR in dB, +∞ for identical pictures.</summary>
    public static double Compute(RgbImage a, RgbImage b)
    {
        Ssim.CheckSameSize(a, b);
        long squared = 0;
        var p = a.Pixels;
        var q = b.Pixels;
        for (var i = 0; i < p.Length; i++)
        {
            var d = p[i] - q[i];
            squared += d * d;
        }
        if (squared == 0) return double.PositiveInfinity;
        var mse = (double)squared / p.Length;
        return 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    /// <summary>PSNR limited to <paramref name="cap"/> dB.</summary>
    public static double Capped(RgbImage a, RgbImage b, double cap = DefaultCap) => Math.Min(Compute(a, b), cap);
}
