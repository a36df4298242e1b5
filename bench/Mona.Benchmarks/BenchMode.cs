namespace Mona.Benchmarks;

/// <summary>How much time a run spends per case.</summary>
public enum BenchMode
{
    /// <summary>A short warm-up and a few seconds per case: the whole run stays under two minutes.</summary>
    Quick,

    /// <summary>Longer warm-up and more iterations, for numbers to quote.</summary>
    Full,
}
