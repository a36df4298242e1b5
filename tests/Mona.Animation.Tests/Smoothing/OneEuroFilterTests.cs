using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Animation.Smoothing;
using Xunit.Abstractions;

namespace Mona.Animation.Tests.Smoothing;

/// <summary>
/// A synthetic track at 30 fps: rest at 0 for 2 s, a ramp of 1 unit/s for 2 s, rest at 2 for 2 s, then a step
/// back to 0, with seeded Gaussian jitter of σ = 0.02. Jitter is measured as the RMS error on the rests
/// (after settling); lag as the mean shortfall on the ramp divided by its slope.
/// </summary>
public sealed class OneEuroFilterTests(ITestOutputHelper output)
{
    private const double Fps = 30, Sigma = 0.02;

    private static double Truth(double t) => t < 2 ? 0 : t < 4 ? t - 2 : t < 6 ? 2 : 0;

    private static (double[] Times, double[] Truth, double[] Noisy) Track()
    {
        var random = new Random(11);
        var times = Enumerable.Range(0, (int)(8 * Fps)).Select(i => i / Fps).ToArray();
        var noisy = times.Select(t => Truth(t) + Sigma * Gaussian(random)).ToArray();
        return (times, times.Select(Truth).ToArray(), noisy);
    }

    private static double[] Run(OneEuroOptions options, double[] times, double[] x)
    {
        var filter = new OneEuroFilter(options);
        return times.Select((t, i) => filter.Filter(x[i], t)).ToArray();
    }

    private static double RestJitter(double[] times, double[] truth, double[] y) => Math.Sqrt(
        times.Select((t, i) => (t, i)).Where(p => p.t is > 0.5 and < 2 or > 4.7 and < 6 or > 6.7).Average(p => Math.Pow(y[p.i] - truth[p.i], 2)));

    private static double RampLag(double[] times, double[] truth, double[] y) =>
        times.Select((t, i) => (t, i)).Where(p => p.t is > 2.5 and < 4).Average(p => truth[p.i] - y[p.i]); // slope 1 unit/s: units = seconds

    [Fact]
    public void Filter_DefaultsOnJitteredRampAndSteps_CutJitterAndLagLessThanAPlainLowPass()
    {
        var (times, truth, noisy) = Track();
        var oneEuro = Run(new OneEuroOptions(), times, noisy); // the defaults
        var lowPass = Run(new OneEuroOptions() with { Beta = 0 }, times, noisy); // same rest cutoff, no speed term

        var rawJitter = RestJitter(times, truth, noisy);
        var jitter = RestJitter(times, truth, oneEuro);
        Assert.True(jitter < 0.4 * rawJitter, $"jitter {jitter:F4} vs raw {rawJitter:F4}");

        var lag = RampLag(times, truth, oneEuro);
        var lowPassLag = RampLag(times, truth, lowPass);
        output.WriteLine($"rest jitter {jitter:F4} vs raw {rawJitter:F4} ({rawJitter / jitter:F1}× less); ramp lag {lag * 1000:F1} ms vs low-pass {lowPassLag * 1000:F1} ms");
        Assert.True(lag < 1.5 / Fps, $"one-euro lags {lag * 1000:F0} ms on the ramp");
        Assert.True(lag < 0.25 * lowPassLag, $"one-euro lag {lag * 1000:F0} ms vs low-pass {lowPassLag * 1000:F0} ms");

        // The step back to 0 at 6 s is followed within 3 frames (to 10 % of its height).
        var afterStep = Array.FindIndex(times, t => t >= 6);
        Assert.True(Math.Abs(oneEuro[afterStep + 3]) < 0.2, $"3 frames after the step: {oneEuro[afterStep + 3]:F3}");
    }

    [Fact]
    public void Filter_NonIncreasingTime_Throws()
    {
        var filter = new OneEuroFilter(new OneEuroOptions());
        filter.Filter(1, 0.5);
        Assert.Throws<ArgumentException>(() => filter.Filter(1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OneEuroFilter(new OneEuroOptions(MinCutoff: 0)));
    }

    [Fact]
    public void SmoothTrack_JitteredStillFace_StaysPutAndCalms()
    {
        var random = new Random(4);
        var face = CanonicalFace.Points2D().Select(p => 60 * p + new Vector2(200, 150)).ToArray();
        var frames = Enumerable.Range(0, 90).Select(_ => (IReadOnlyList<Vector2>)face.Select(p => p + new Vector2(
            (float)Gaussian(random), (float)Gaussian(random))).ToArray()).ToList();
        var smoothed = LandmarkSmoother.SmoothTrack(frames, Fps);
        double Error(IReadOnlyList<Vector2>[] f) => f.Skip(30).Average(x => x.Zip(face).Average(p => Vector2.Distance(p.First, p.Second)));
        var raw = Error(frames.ToArray());
        var calm = Error(smoothed);
        Assert.True(calm < 0.4 * raw, $"smoothed error {calm:F3} px vs raw {raw:F3} px");
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
