using Mona.Sdk.Parameters;

namespace Mona.Sdk.Stages;

/// <summary>
/// What a plugin registers for each stage it offers: the stage's identity, its typed parameters
/// and the artifacts it needs and provides, plus a factory. The host finds every public,
/// non-abstract type implementing this interface in a plugin assembly and creates it with its
/// parameterless constructor.
/// </summary>
public interface IStageDefinition
{
    /// <summary>The name used in pipeline files, lower case (for example <c>encode</c>).</summary>
    string Name { get; }

    /// <summary>The stage's own version, reported by <c>mona plugins</c> and kept in manifests.</summary>
    Version Version { get; }

    /// <summary>One sentence for <c>mona plugins</c> and the JSON schema.</summary>
    string Description { get; }

    /// <summary>The parameters a pipeline file may set, with types, defaults and ranges.</summary>
    IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>Artifacts an earlier stage must provide (see <see cref="Artifacts"/>).</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>Artifacts this stage adds to each item.</summary>
    IReadOnlyList<string> Provides { get; }

    /// <summary>Creates the stage for one run, with parameters already validated and defaulted.</summary>
    IStage Create(StageParameters parameters, IServiceProvider services);
}
