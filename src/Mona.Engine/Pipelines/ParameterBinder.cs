using Mona.Engine.Pipelines.Yaml;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>Binds the parameter mapping under a stage name to the stage's declared parameters, filling in defaults.</summary>
internal sealed class ParameterBinder
{
    private readonly ParameterValueReader _reader;
    private readonly PipelineErrorCollector _errors;

    public ParameterBinder(ParameterValueReader reader, PipelineErrorCollector errors)
    {
        _reader = reader;
        _errors = errors;
    }

    /// <param name="definition">The stage.</param>
    /// <param name="stageName">The stage's name in the file: the place of "missing parameter" errors.</param>
    /// <param name="node">The value under the name: a mapping, or null / nothing for "all defaults".</param>
    /// <returns>The typed parameters, or null when any was wrong (errors reported).</returns>
    public StageParameters? Bind(IStageDefinition definition, SourceScalar stageName, SourceNode? node)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var valid = node switch
        {
            null or SourceScalar { IsNull: true } => true,
            SourceMapping mapping => BindGiven(definition, mapping, values),
            _ => Refuse(node, $"stage '{definition.Name}': expected its parameters as a mapping (name: value), got {node.Describe()}"),
        };
        valid &= FillDefaults(definition, stageName, node, values);
        return valid ? new StageParameters(values) : null;
    }

    private bool BindGiven(IStageDefinition definition, SourceMapping mapping, Dictionary<string, object> values)
    {
        var valid = true;
        foreach (var entry in mapping.Entries)
        {
            var spec = definition.Parameters.FirstOrDefault(parameter => parameter.Name == entry.Key.Value);
            if (spec is null)
            {
                valid = Refuse(entry.Key, UnknownParameterMessage(definition, entry.Key.Value));
                continue;
            }
            var value = _reader.Read(spec, entry.Value, $"stage '{definition.Name}', parameter '{spec.Name}'");
            if (value is null) valid = false;
            else values[spec.Name] = value;
        }
        return valid;
    }

    private bool FillDefaults(IStageDefinition definition, SourceScalar stageName, SourceNode? node, Dictionary<string, object> values)
    {
        var given = node is SourceMapping mapping
            ? mapping.Entries.Select(entry => entry.Key.Value).ToHashSet(StringComparer.Ordinal)
            : [];
        var valid = true;
        foreach (var spec in definition.Parameters.Where(parameter => !values.ContainsKey(parameter.Name)))
        {
            if (!spec.IsRequired)
            {
                valid &= TryDefault(definition, spec, stageName, values);
                continue;
            }
            // A required parameter that was given but rejected is already reported; "missing" is only for an absent one.
            if (!given.Contains(spec.Name))
                _errors.Add(stageName, $"stage '{definition.Name}' needs parameter '{spec.Name}' ({ParameterValueReader.Expectation(spec)}): {spec.Description}");
            valid = false;
        }
        return valid;
    }

    private bool TryDefault(IStageDefinition definition, ParameterSpec spec, SourceScalar stageName, Dictionary<string, object> values)
    {
        try
        {
            values[spec.Name] = _reader.NormalizeDefault(spec);
            return true;
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            // A plugin bug, but the user is the one who sees it: say whose it is.
            return Refuse(stageName, $"stage '{definition.Name}' (plugin) declares a default for '{spec.Name}' that is not {ParameterValueReader.Expectation(spec)}: {exception.Message}");
        }
    }

    private static string UnknownParameterMessage(IStageDefinition definition, string name)
    {
        var known = definition.Parameters.Select(parameter => parameter.Name).ToList();
        var list = known.Count == 0 ? "it takes no parameters" : $"known parameters: {string.Join(", ", known)}";
        return $"stage '{definition.Name}' has no parameter '{name}'{NameSuggestions.Hint(name, known)}; {list}";
    }

    private bool Refuse(SourceNode at, string message)
    {
        _errors.Add(at, message);
        return false;
    }
}
