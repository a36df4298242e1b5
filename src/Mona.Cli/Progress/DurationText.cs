using System.Globalization;

namespace Mona.Cli.Progress;

/// <summary>How durations read in progress lines: "1.2 s" for an item, "0:14" or "1:02:03" for an ETA.</summary>
internal static class DurationText
{
    public static string Seconds(double milliseconds) =>
        (milliseconds / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Clock(TimeSpan span)
    {
        var seconds = (long)Math.Ceiling(Math.Max(0, span.TotalSeconds));
        var (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return h > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}:{s:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{m}:{s:00}");
    }
}
