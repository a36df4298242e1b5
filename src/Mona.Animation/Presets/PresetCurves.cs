namespace Mona.Animation.Presets;

/// <summary>
/// Smooth, seeded time curves the presets are made of. Every curve is C¹ (bumps are sin², ramps
/// smoothstep), so landmark trajectories never jump between frames.
/// </summary>
internal sealed class PresetCurves(double duration, int seed)
{
    private const double Degree = Math.PI / 180;
    private readonly Random _random = new(seed);

    /// <summary>Fades a periodic motion in and out over <paramref name="fade"/> seconds at both ends.</summary>
    public double Envelope(double t, double fade = 0.4)
    {
        var f = Math.Min(fade, duration / 2);
        if (f <= 0) return 0;
        return SmoothStep(Math.Min(t, duration - t) / f);
    }

    /// <summary>An oscillation of <paramref name="amplitudeDegrees"/> at about <paramref name="hertz"/> (±10 %, seeded).</summary>
    public Func<double, double> Oscillation(double amplitudeDegrees, double hertz)
    {
        var frequency = hertz * (0.9 + 0.2 * _random.NextDouble());
        return t => amplitudeDegrees * Degree * Envelope(t) * Math.Sin(2 * Math.PI * frequency * t);
    }

    /// <summary>
    /// Jaw opening of speech: phrases of 1.2–2.5 s separated by 0.3–0.6 s pauses; inside a phrase,
    /// syllables of 0.18–0.28 s, each a sin² bump of amplitude 0.35–1.
    /// </summary>
    public Func<double, double> Syllables()
    {
        var bumps = new List<(double Start, double Length, double Amplitude)>();
        var t = 0.15;
        while (t < duration)
        {
            var phraseEnd = Math.Min(duration - 0.1, t + 1.2 + 1.3 * _random.NextDouble());
            while (t < phraseEnd)
            {
                var length = 0.18 + 0.1 * _random.NextDouble();
                if (t + length > duration) break;
                bumps.Add((t, length, 0.35 + 0.65 * _random.NextDouble()));
                t += length;
            }
            t += 0.3 + 0.3 * _random.NextDouble();
        }
        return time => SumOfBumps(bumps, time);
    }

    /// <summary>Eye closure: blinks starting at 0.5–1 s, then every 2–4 s; close 0.08 s, hold 0.04 s, open 0.15 s.</summary>
    public Func<double, double> Blinks()
    {
        var starts = new List<double>();
        for (var t = 0.5 + 0.5 * _random.NextDouble(); t + 0.27 < duration; t += 2 + 2 * _random.NextDouble()) starts.Add(t);
        return time =>
        {
            foreach (var s in starts)
            {
                var u = time - s;
                if (u < 0 || u > 0.27) continue;
                if (u < 0.08) return SmoothStep(u / 0.08);
                if (u < 0.12) return 1;
                return 1 - SmoothStep((u - 0.12) / 0.15);
            }
            return 0;
        };
    }

    /// <summary>Rises over <paramref name="rise"/> s from <paramref name="start"/>, holds, and falls to 0 by <paramref name="end"/>.</summary>
    public static Func<double, double> Plateau(double start, double end, double rise) => t =>
    {
        var r = Math.Min(rise, (end - start) / 2);
        if (r <= 0) return 0;
        return Math.Min(SmoothStep((t - start) / r), SmoothStep((end - t) / r));
    };

    public static double SmoothStep(double x)
    {
        x = Math.Clamp(x, 0, 1);
        return x * x * (3 - 2 * x);
    }

    private static double SumOfBumps(List<(double Start, double Length, double Amplitude)> bumps, double time)
    {
        double sum = 0;
        foreach (var (start, length, amplitude) in bumps)
        {
            var u = (time - start) / length;
            if (u is > 0 and < 1) sum += amplitude * Math.Pow(Math.Sin(Math.PI * u), 2);
        }
        return sum;
    }
}
