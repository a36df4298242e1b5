namespace Mona.Engine.Plugins;

/// <summary>
/// Where the host looks for plugins. A plugin folder holds <c>&lt;Name&gt;.dll</c> and its private
/// dependencies; a plugin root holds one plugin folder per plugin (the layout the build produces
/// in <c>artifacts/plugins</c>). A root may also be a plugin folder itself.
/// </summary>
public static class PluginFolders
{
    /// <summary>The environment variable listing extra plugin roots, separated like <c>PATH</c> (':' on Linux).</summary>
    public const string PathVariable = "MONA_PLUGIN_PATH";

    /// <summary>
    /// The plugin roots of a host installed in <paramref name="hostDirectory"/>: its sibling
    /// <c>plugins</c> folder, then each folder of <paramref name="pluginPath"/> (the value of
    /// <see cref="PathVariable"/>), as full paths without duplicates.
    /// </summary>
    public static IReadOnlyList<string> Resolve(string hostDirectory, string? pluginPath)
    {
        var roots = new List<string> { Path.GetFullPath(Path.Combine(hostDirectory, "..", "plugins")) };
        var extra = (pluginPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        roots.AddRange(extra.Select(Path.GetFullPath));
        return roots.Select(Path.TrimEndingDirectorySeparator).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Lists the plugin assemblies under <paramref name="roots"/>, in root order and then by folder
    /// name (ordinal), so that load order and duplicate resolution are the same on every run.
    /// Missing roots and plugin folders without their assembly are added to <paramref name="errors"/>.
    /// </summary>
    public static IReadOnlyList<string> FindPluginAssemblies(IEnumerable<string> roots, ICollection<PluginLoadError> errors)
    {
        var assemblies = new List<string>();
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                errors.Add(new PluginLoadError(root, $"plugin folder does not exist (check {PathVariable} or build the plugins)"));
                continue;
            }
            if (TryGetPluginAssembly(root, out var own))
            {
                assemblies.Add(own);
                continue;
            }
            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                if (TryGetPluginAssembly(folder, out var assembly))
                    assemblies.Add(assembly);
                else
                    errors.Add(new PluginLoadError(folder, $"plugin folder has no {Path.GetFileName(folder)}.dll (a plugin folder is named after its assembly)"));
            }
        }
        return assemblies;
    }

    private static bool TryGetPluginAssembly(string folder, out string assembly)
    {
        assembly = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
        return File.Exists(assembly);
    }
}
