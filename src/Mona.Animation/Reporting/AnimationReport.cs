namespace Mona.Animation.Reporting;

/// <summary>The content of <c>OUTPUT/index.html</c>.</summary>
/// <param name="Title">Heading, e.g. the pipeline's name.</param>
/// <param name="Portraits">One entry per portrait, in input order.</param>
/// <param name="WallTime">Wall-clock time of the whole run.</param>
/// <param name="GeneratedAt">When the report was written (shown in UTC).</param>
public sealed record AnimationReport(string Title, IReadOnlyList<PortraitReport> Portraits, TimeSpan WallTime, DateTimeOffset GeneratedAt)
{
    /// <summary>Frames generated across all portraits.</summary>
    public long TotalFrames => Portraits.Sum(p => (long)p.FrameCount);

    /// <summary>Overall throughput: frames over wall time (0 when no time elapsed).</summary>
    public double FramesPerSecond => WallTime > TimeSpan.Zero ? TotalFrames / WallTime.TotalSeconds : 0;
}
