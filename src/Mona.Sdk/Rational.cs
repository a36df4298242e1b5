using System.Globalization;

namespace Mona.Sdk;

/// <summary>
/// An exact frame rate such as 30000/1001. Kept as a fraction end to end so that 29.97 fps video
/// never drifts through a floating-point round trip.
/// </summary>
public readonly record struct Rational(long Numerator, long Denominator)
{
    public double Value => (double)Numerator / Denominator;

    /// <summary>Reduces the fraction by its greatest common divisor.</summary>
    public Rational Reduce()
    {
        long a = Math.Abs(Numerator), b = Math.Abs(Denominator);
        while (b != 0) (a, b) = (b, a % b);
        return a <= 1 ? this : new Rational(Numerator / a, Denominator / a);
    }

    /// <summary>Parses "30000/1001", "25" or "29.97" (the last as 30000/1001 style thousandths).</summary>
    public static Rational Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            var n = long.Parse(text[..slash], CultureInfo.InvariantCulture);
            var d = long.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture);
            if (d == 0) throw new FormatException($"frame rate '{text}' has a zero denominator");
            return new Rational(n, d).Reduce();
        }
        var value = double.Parse(text, CultureInfo.InvariantCulture);
        if (Math.Abs(value - Math.Round(value)) < 1e-9) return new Rational((long)Math.Round(value), 1);
        // NTSC rates are written 29.97, 59.94, 23.976: they mean N*1000/1001.
        var ntsc = Math.Round(value * 1001 / 1000);
        if (Math.Abs(ntsc * 1000 / 1001 - value) < 0.005) return new Rational((long)ntsc * 1000, 1001);
        return new Rational((long)Math.Round(value * 1000), 1000).Reduce();
    }

    public override string ToString() => Denominator == 1
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
