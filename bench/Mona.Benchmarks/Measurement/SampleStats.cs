namespace Mona.Benchmarks.Measurement;

/// <summary>Median and minimum of one side's run times, in milliseconds.</summary>
public sealed record SampleStats(double MedianMs, double MinMs, int Count)
{
    public static SampleStats Of(IReadOnlyList<double> millis)
    {
        if (millis.Count == 0) throw new ArgumentException("no samples", nameof(millis));
        var sorted = millis.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new SampleStats(median, sorted[0], sorted.Length);
    }
}
