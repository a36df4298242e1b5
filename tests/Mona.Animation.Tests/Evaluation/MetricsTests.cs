using System.Numerics;
using Mona.Animation.Evaluation;
using Mona.Animation.Landmarks;
using Mona.Animation.Tests.Support;
using Mona.Sdk.Media;

namespace Mona.Animation.Tests.Evaluation;

public sealed class MetricsTests
{
    [Fact]
    public void Ssim_IdenticalPictures_IsOne()
    {
        var image = TestFaces.Pattern(64, 48, seed: 1);
        Assert.Equal(1.0, Ssim.Compute(image, image.Clone()), 12);
    }

    [Fact]
    public void Ssim_MoreNoise_LowerAndSymmetric()
    {
        var image = TestFaces.Pattern(64, 64, seed: 1);
        RgbImage Noisy(int amplitude, int seed)
        {
            var random = new Random(seed);
            var copy = image.Clone();
            for (var i = 0; i < copy.Pixels.Length; i++) copy.Pixels[i] = (byte)Math.Clamp(copy.Pixels[i] + random.Next(-amplitude, amplitude + 1), 0, 255);
            return copy;
        }
        var light = Ssim.Compute(image, Noisy(5, 2));
        var heavy = Ssim.Compute(image, Noisy(40, 2));
        Assert.True(heavy < light && light < 1, $"ssim {light} (light noise) vs {heavy} (heavy)");
        var noisy = Noisy(20, 3);
        Assert.Equal(Ssim.Compute(image, noisy), Ssim.Compute(noisy, image), 12);
        Assert.Throws<ArgumentException>(() => Ssim.Compute(image, new RgbImage(4, 4)));
    }

    [Fact]
    public void Psnr_IdenticalIsInfinite_OffByOneIs48Decibels()
    {
        var image = TestFaces.Pattern(32, 32, seed: 4);
        Assert.Equal(double.PositiveInfinity, Psnr.Compute(image, image.Clone()));
        Assert.Equal(Psnr.DefaultCap, Psnr.Capped(image, image.Clone()));
        var shifted = image.Clone();
        for (var i = 0; i < shifted.Pixels.Length; i++) shifted.Pixels[i] = (byte)(shifted.Pixels[i] < 255 ? shifted.Pixels[i] + 1 : 254);
        Assert.Equal(20 * Math.Log10(255), Psnr.Compute(image, shifted), 9); // MSE = 1
    }

    [Fact]
    public void LandmarkDistance_ShiftByATenthOfTheEyeDistance_IsATenth()
    {
        var truth = CanonicalFace.Points2D().Select(p => 50 * p + new Vector2(100, 80)).ToArray();
        var shifted = truth.Select(p => p + new Vector2(3, 4)).ToArray(); // 5 px; eye distance 50 px
        Assert.Equal(0.1, LandmarkDistance.Normalized(shifted, truth), 5);
        Assert.Equal(0, LandmarkDistance.Normalized(truth, truth));
    }

    [Fact]
    public void CosineSimilarity_KnownAngles()
    {
        float[] a = [1, 2, 3, 4];
        Assert.Equal(1, CosineSimilarity.Compute(a, a.Select(v => 3 * v).ToArray()), 6);
        Assert.Equal(-1, CosineSimilarity.Compute(a, a.Select(v => -v).ToArray()), 6);
        Assert.Equal(0, CosineSimilarity.Compute([1, 0, 0, 0], [0, 5, 0, 0]), 6);
        Assert.Equal(1 / Math.Sqrt(2), CosineSimilarity.Compute([1, 0], [1, 1]), 6);
        Assert.Throws<ArgumentException>(() => CosineSimilarity.Compute([0, 0], [1, 1]));
    }
}
