using Mona.Sdk.Stages;

namespace Mona.Engine.Plugins;

/// <summary>A catalog over stage definitions already in hand (tests, or a host with no plugin folder).</summary>
public sealed class InMemoryStageCatalog : IStageCatalog
{
    private readonly Dictionary<string, IStageDefinition> _byName;

    /// <exception cref="ArgumentException">Two definitions share a name.</exception>
    public InMemoryStageCatalog(IEnumerable<IStageDefinition> stages)
    {
        _byName = new Dictionary<string, IStageDefinition>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            if (!_byName.TryAdd(stage.Name, stage)) throw new ArgumentException($"two stages are named '{stage.Name}'", nameof(stages));
        }
        Stages = [.. _byName.Values.OrderBy(stage => stage.Name, StringComparer.Ordinal)];
    }

    /// <summary>A catalog with no stages.</summary>
    public static InMemoryStageCatalog Empty { get; } = new([]);

    public IReadOnlyList<IStageDefinition> Stages { get; }

    public bool TryGet(string name, out IStageDefinition definition) => _byName.TryGetValue(name, out definition!);
}
