using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mona.Engine.Pipelines;

namespace Mona.Engine.Batch;

/// <summary>
/// A hash of everything in a pipeline that shapes an item's outputs: each step's name, version
/// and parameter values (in order), and a preset driving motion. Paths of the input and output
/// folders, the device and the parallelism are left out: they do not change what an item
/// produces. A driving video enters each item's key by its content hash instead of its path.
/// </summary>
/// <remarks>Stands in until the pipeline loader's own fingerprint lands; the two should agree on these rules.</remarks>
public static class BatchFingerprint
{
    /// <summary>Lower-case hex SHA-256 of the pipeline's canonical description.</summary>
    public static string Compute(ValidatedPipeline pipeline)
    {
        var text = new StringBuilder("mona-pipeline-fingerprint/1\n");
        foreach (var step in pipeline.Steps)
        {
            text.Append("step ").Append(step.Definition.Name).Append(' ').Append(step.Definition.Version).Append('\n');
            foreach (var (name, value) in step.Parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append("  ").Append(name).Append('=').Append(Canonical(value)).Append('\n');
        }
        if (pipeline.Driving is { IsVideo: false } preset)
        {
            text.Append("preset ").Append(preset.Preset).Append(' ')
                .Append(preset.DurationSeconds.ToString("R", CultureInfo.InvariantCulture)).Append(' ')
                .Append(preset.FrameRate).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // One spelling per value, whatever the culture; lists keep their order and show their length.
    private static string Canonical(object value) => value switch
    {
        string s => Quote(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => "[" + string.Join(",", list.Cast<object>().Select(Canonical)) + "]",
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
