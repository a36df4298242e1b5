using Mona.Sdk.Stages;

namespace Mona.Engine.Plugins;

/// <summary>The stages the host can use, from every plugin that loaded.</summary>
public interface IStageCatalog
{
    /// <summary>All stage definitions, ordered by name.</summary>
    IReadOnlyList<IStageDefinition> Stages { get; }

    /// <summary>Looks a stage up by its pipeline-file name.</summary>
    bool TryGet(string name, out IStageDefinition definition);
}
