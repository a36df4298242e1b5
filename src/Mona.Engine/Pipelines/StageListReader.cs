using Mona.Engine.Pipelines.Yaml;
using Mona.Engine.Plugins;
using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>
/// Reads the <c>stages</c> list: each entry is <c>- stage_name: {parameters}</c> (or a bare
/// <c>- stage_name</c> when every parameter has a default). Resolves names through the catalog,
/// binds parameters, and checks that every stage's requirements are met by the host or an earlier stage.
/// </summary>
internal sealed class StageListReader
{
    private readonly IStageCatalog _catalog;
    private readonly ParameterBinder _binder;
    private readonly PipelineErrorCollector _errors;

    public StageListReader(IStageCatalog catalog, ParameterBinder binder, PipelineErrorCollector errors)
    {
        _catalog = catalog;
        _binder = binder;
        _errors = errors;
    }

    /// <param name="node">The value of <c>stages</c>.</param>
    /// <param name="hostProvides">Artifacts present before the first stage (see <see cref="HostArtifacts"/>).</param>
    public IReadOnlyList<PipelineStep> Read(SourceNode node, IEnumerable<string> hostProvides)
    {
        if (node is not SourceSequence { Items.Count: > 0 } sequence)
        {
            _errors.Add(node, $"expected a non-empty list of stages ('- stage_name: {{parameters}}' per line), got {node.Describe()}");
            return [];
        }
        var available = new HashSet<string>(hostProvides, StringComparer.Ordinal);
        // After an entry we cannot resolve, we no longer know what is available: stop checking order rather than guess.
        var orderKnown = true;
        var steps = new List<PipelineStep>();
        foreach (var item in sequence.Items)
        {
            if (!TrySplit(item, out var name, out var parameters) || !TryResolve(name, out var definition))
            {
                orderKnown = false;
                continue;
            }
            if (orderKnown) CheckRequirements(definition, name, available);
            available.UnionWith(definition.Provides);
            ReportStrayKeys(definition, item);
            if (_binder.Bind(definition, name, parameters) is { } bound) steps.Add(new PipelineStep(definition, bound));
        }
        return steps;
    }

    /// <summary>Finds the stage name and its parameter node in one list entry.</summary>
    private bool TrySplit(SourceNode item, out SourceScalar name, out SourceNode? parameters)
    {
        parameters = null;
        switch (item)
        {
            case SourceScalar { IsNull: false } scalar:
                name = scalar;
                return true;
            case SourceMapping { Entries.Count: > 0 } mapping:
                (name, parameters) = (mapping.Entries[0].Key, mapping.Entries[0].Value);
                return true;
            default:
                _errors.Add(item, $"expected a stage ('- stage_name: {{parameters}}'), got {item.Describe()}");
                name = null!;
                return false;
        }
    }

    private bool TryResolve(SourceScalar name, out IStageDefinition definition)
    {
        if (_catalog.TryGet(name.Value, out definition)) return true;
        var known = _catalog.Stages.Select(stage => stage.Name).ToList();
        var list = known.Count == 0 ? "no stage plugins are loaded" : $"known stages: {string.Join(", ", known)}";
        var form = name.Value == "name" ? "; write '- stage_name: {parameters}', not '- name: stage_name'" : "";
        _errors.Add(name, $"unknown stage '{name.Value}'{NameSuggestions.Hint(name.Value, known)}{form}; {list}");
        return false;
    }

    private void CheckRequirements(IStageDefinition definition, SourceScalar name, HashSet<string> available)
    {
        foreach (var requirement in definition.Requires.Where(requirement => !available.Contains(requirement)))
        {
            _errors.Add(name, requirement == HostArtifacts.Driving
                ? $"stage '{definition.Name}' needs a driving motion: add a 'driving' key (a video path, or {{preset: talk}})"
                : $"stage '{definition.Name}' requires '{requirement}', which no earlier stage provides; {ProviderHint(requirement)}");
        }
    }

    private string ProviderHint(string artifact)
    {
        var providers = _catalog.Stages.Where(stage => stage.Provides.Contains(artifact)).Select(stage => $"'{stage.Name}'").ToList();
        return providers.Count == 0
            ? "no known stage provides it"
            : $"put {string.Join(" or ", providers)} before it";
    }

    /// <summary>
    /// An entry holds one key. A second key is nearly always a parameter indented at the level of the
    /// stage name instead of under it, so say that when the key is one of the stage's parameters.
    /// </summary>
    private void ReportStrayKeys(IStageDefinition definition, SourceNode item)
    {
        if (item is not SourceMapping mapping) return;
        foreach (var stray in mapping.Entries.Skip(1).Select(entry => entry.Key))
        {
            var isParameter = definition.Parameters.Any(parameter => parameter.Name == stray.Value);
            _errors.Add(stray, isParameter
                ? $"'{stray.Value}' is a parameter of stage '{definition.Name}': indent it under '{definition.Name}'"
                : $"a stage entry has one key, the stage name; start the next stage with '- ' (found '{stray.Value}')");
        }
    }
}
