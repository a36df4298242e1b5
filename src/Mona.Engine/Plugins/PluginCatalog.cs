using Microsoft.Extensions.Logging;
using Mona.Sdk.Stages;

namespace Mona.Engine.Plugins;

/// <summary>
/// The stages of every plugin found in the plugin folders, each plugin in its own load context
/// (sharing only Mona.Sdk and the logging and DI abstractions with the host), plus what could not
/// be loaded and why. A bad plugin never stops the others.
/// </summary>
public sealed class PluginCatalog : IStageCatalog
{
    private readonly Dictionary<string, IStageDefinition> _byName;

    private PluginCatalog(IReadOnlyList<string> folders, IReadOnlyList<LoadedPlugin> plugins, IReadOnlyList<PluginLoadError> errors)
    {
        Folders = folders;
        Plugins = plugins;
        Errors = errors;
        Stages = plugins.SelectMany(p => p.Stages).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        _byName = Stages.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    /// <summary>The plugin roots that were searched (empty when the catalog was built from assembly paths).</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>The plugins that loaded, in load order.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <summary>Plugins and stages that could not be loaded, with the reason.</summary>
    public IReadOnlyList<PluginLoadError> Errors { get; }

    /// <inheritdoc/>
    public IReadOnlyList<IStageDefinition> Stages { get; }

    /// <inheritdoc/>
    public bool TryGet(string name, out IStageDefinition definition) => _byName.TryGetValue(name, out definition!);

    /// <summary>Loads every plugin found in <paramref name="folders"/> (see <see cref="PluginFolders"/>).</summary>
    public static PluginCatalog Load(IReadOnlyList<string> folders, ILogger logger)
    {
        var errors = new List<PluginLoadError>();
        var assemblies = PluginFolders.FindPluginAssemblies(folders, errors);
        return Build(folders, assemblies, errors, logger);
    }

    /// <summary>Loads the plugins whose main assemblies are <paramref name="assemblyPaths"/>, in that order.</summary>
    public static PluginCatalog LoadAssemblies(IEnumerable<string> assemblyPaths, ILogger logger) =>
        Build([], assemblyPaths.Select(Path.GetFullPath).ToList(), [], logger);

    private static PluginCatalog Build(IReadOnlyList<string> folders, IReadOnlyList<string> assemblies, List<PluginLoadError> errors, ILogger logger)
    {
        var plugins = new List<LoadedPlugin>();
        var owners = new Dictionary<string, LoadedPlugin>(StringComparer.Ordinal);
        foreach (var path in assemblies)
        {
            var plugin = PluginAssemblyLoader.TryLoad(path, SdkInfo.Version, errors, logger);
            if (plugin is null)
                continue;
            plugin = KeepFirstOfEachName(plugin, owners, errors);
            plugins.Add(plugin);
            logger.LogInformation("Loaded plugin {Plugin} {Version} from {Path}: {Stages}",
                plugin.Name, plugin.AssemblyVersion, plugin.AssemblyPath, string.Join(", ", plugin.Stages.Select(s => s.Name)));
        }
        foreach (var error in errors)
            logger.LogError("Plugin not loaded: {Path}: {Reason}", error.PluginPath, error.Reason);
        return new PluginCatalog(folders, plugins, errors);
    }

    /// <summary>
    /// Drops the stages of <paramref name="plugin"/> whose names an earlier plugin (or an earlier
    /// type of the same plugin) already took: a pipeline name must mean one stage.
    /// </summary>
    private static LoadedPlugin KeepFirstOfEachName(LoadedPlugin plugin, Dictionary<string, LoadedPlugin> owners, List<PluginLoadError> errors)
    {
        var kept = new List<IStageDefinition>();
        foreach (var stage in plugin.Stages)
        {
            if (owners.TryGetValue(stage.Name, out var owner))
            {
                var where = owner.AssemblyPath == plugin.AssemblyPath ? "another type of the same plugin" : $"plugin {owner.Name} ({owner.AssemblyPath})";
                errors.Add(new PluginLoadError(plugin.AssemblyPath,
                    $"stage '{stage.Name}' ({stage.GetType().FullName}) is not loaded: {where} already offers a stage of that name"));
                continue;
            }
            owners[stage.Name] = plugin;
            kept.Add(stage);
        }
        return plugin with { Stages = kept.OrderBy(s => s.Name, StringComparer.Ordinal).ToList() };
    }
}
