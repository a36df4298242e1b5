using System.Globalization;
using Mona.Engine.Pipelines.Yaml;

namespace Mona.Engine.Pipelines;

/// <summary>
/// The top-level keys of a pipeline file, each with its (unchecked) value node, after command-line
/// overrides. Unknown keys are reported here with the closest known key.
/// </summary>
internal sealed class PipelineDocument
{
    private readonly Dictionary<string, SourceNode> _values = new(StringComparer.Ordinal);

    private PipelineDocument(SourcePosition start) => Start = start;

    /// <summary>Where the top-level mapping starts: the place of "missing key" errors.</summary>
    public SourcePosition Start { get; }

    public SourceNode? this[string key] => _values.GetValueOrDefault(key);

    /// <summary>Splits the root mapping by key; null (error reported) when the root is not a mapping.</summary>
    public static PipelineDocument? Read(SourceNode root, PipelineErrorCollector errors)
    {
        if (root is not SourceMapping mapping)
        {
            errors.Add(root, $"expected a mapping with keys {string.Join(", ", PipelineKeys.All)}; got {root.Describe()}");
            return null;
        }
        var document = new PipelineDocument(mapping.Start);
        foreach (var entry in mapping.Entries)
        {
            if (PipelineKeys.All.Contains(entry.Key.Value)) document._values[entry.Key.Value] = entry.Value;
            else errors.Add(entry.Key, UnknownKeyMessage(entry.Key.Value));
        }
        return document;
    }

    /// <summary>Replaces file values by the flags given; a flag value has no place in the file.</summary>
    public void Apply(PipelineOverrides overrides)
    {
        Replace(PipelineKeys.Input, "--input", overrides.Input);
        Replace(PipelineKeys.Driving, "--driving", overrides.Driving);
        Replace(PipelineKeys.Output, "--output", overrides.Output);
        Replace(PipelineKeys.Device, "--device", overrides.Device);
        Replace(PipelineKeys.Parallelism, "--parallelism", overrides.Parallelism?.ToString(CultureInfo.InvariantCulture));
    }

    public void ReportMissingKeys(PipelineErrorCollector errors)
    {
        foreach (var (key, meaning) in PipelineKeys.Required)
        {
            if (!_values.ContainsKey(key)) errors.Add(Start, $"missing required key '{key}' ({meaning})");
        }
    }

    private void Replace(string key, string flag, string? value)
    {
        if (value is not null) _values[key] = SourceScalar.FromFlag(flag, value);
    }

    private static string UnknownKeyMessage(string key) =>
        $"unknown key '{key}'{NameSuggestions.Hint(key, PipelineKeys.All)}; known keys: {string.Join(", ", PipelineKeys.All)}";
}
