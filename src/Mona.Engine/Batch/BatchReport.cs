using System.Text.Json;
using Mona.Sdk.IO;

namespace Mona.Engine.Batch;

/// <summary>
/// <c>OUTPUT/report.json</c> (<c>report.shard-i-of-N.json</c> for a shard): what a run did.
/// Items are in name order and include only those that finished.
/// </summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Fingerprint">The pipeline fingerprint the item keys were made with.</param>
/// <param name="Started">When the run started (UTC).</param>
/// <param name="Finished">When it ended (UTC).</param>
/// <param name="Shard">The shard, <c>i/N</c>.</param>
/// <param name="Cancelled">Whether the run was stopped before every item finished.</param>
/// <param name="Totals">Counts.</param>
/// <param name="Items">One line per finished item.</param>
public sealed record BatchReport(
    string Pipeline,
    string Fingerprint,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string Shard,
    bool Cancelled,
    BatchTotals Totals,
    IReadOnlyList<ItemResult> Items)
{
    /// <summary>The process exit code this outcome calls for (see <see cref="BatchExitCode"/>).</summary>
    public int ExitCode => Cancelled ? BatchExitCode.Cancelled : Totals.Failed > 0 ? BatchExitCode.ItemsFailed : BatchExitCode.Success;

    /// <summary>Writes the report atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(this, BatchJson.Options));

    /// <summary>Reads a report written by <see cref="Save"/>.</summary>
    public static BatchReport Load(string path) =>
        JsonSerializer.Deserialize<BatchReport>(File.ReadAllBytes(path), BatchJson.Options)
        ?? throw new InvalidDataException($"'{path}' holds no report");
}
