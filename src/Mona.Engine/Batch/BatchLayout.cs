namespace Mona.Engine.Batch;

/// <summary>
/// Where a run keeps its files inside the output folder:
/// <c>OUTPUT/&lt;item&gt;/</c> the finished items, <c>OUTPUT/.staging/</c> items in progress,
/// <c>OUTPUT/.mona/manifest.json</c> the resume manifest and <c>OUTPUT/report.json</c> the report.
/// A shard adds <see cref="ShardSpec.FileSuffix"/> to the last two, so shards sharing an output
/// folder never overwrite each other's files.
/// </summary>
/// <param name="OutputDirectory">Full path of the output folder.</param>
/// <param name="Shard">The run's shard.</param>
public sealed record BatchLayout(string OutputDirectory, ShardSpec Shard)
{
    /// <summary>Where items are built before being moved into place.</summary>
    public string StagingDirectory => Path.Combine(OutputDirectory, ".staging");

    /// <summary>The runner's own bookkeeping folder.</summary>
    public string StateDirectory => Path.Combine(OutputDirectory, ".mona");

    /// <summary>The resume manifest of this shard.</summary>
    public string ManifestPath => Path.Combine(StateDirectory, $"manifest{Shard.FileSuffix}.json");

    /// <summary>The report of this shard.</summary>
    public string ReportPath => Path.Combine(OutputDirectory, $"report{Shard.FileSuffix}.json");

    /// <summary>The final folder of an item.</summary>
    public string ItemDirectory(string itemName) => Path.Combine(OutputDirectory, itemName);
}
