using Mona.Sdk.Stages;

namespace Mona.Engine.Plugins;

/// <summary>A plugin assembly that loaded, with the stages it contributed to the catalog.</summary>
/// <param name="Name">The assembly's simple name (for example <c>Mona.Stages.Sample</c>).</param>
/// <param name="AssemblyPath">Full path of the plugin assembly.</param>
/// <param name="AssemblyVersion">The plugin assembly's version.</param>
/// <param name="SdkVersion">The Mona.Sdk version the plugin was compiled against.</param>
/// <param name="Stages">Its stages that made it into the catalog, ordered by name.</param>
public sealed record LoadedPlugin(
    string Name,
    string AssemblyPath,
    Version AssemblyVersion,
    Version SdkVersion,
    IReadOnlyList<IStageDefinition> Stages);
