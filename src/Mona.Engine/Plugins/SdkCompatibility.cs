namespace Mona.Engine.Plugins;

/// <summary>
/// The plugin contract's versioning rule: a plugin runs on a host whose Mona.Sdk has the same
/// major version and at least the minor version the plugin was compiled against (minor versions
/// only add to the contract; a major version may change or remove parts of it).
/// </summary>
public static class SdkCompatibility
{
    /// <summary>Whether a plugin built against <paramref name="builtAgainst"/> runs on a host with <paramref name="host"/>.</summary>
    public static bool IsCompatible(Version builtAgainst, Version host) =>
        builtAgainst.Major == host.Major && builtAgainst.Minor <= host.Minor;

    /// <summary>Explains why <paramref name="plugin"/> cannot run here, or returns null when it can.</summary>
    public static string? Explain(string plugin, Version builtAgainst, Version host)
    {
        if (IsCompatible(builtAgainst, host))
            return null;
        var advice = builtAgainst.Major != host.Major
            ? $"rebuild it against {host.Major}.x"
            : $"rebuild it against {host.Major}.{host.Minor} or an older {host.Major}.x, or update Mona";
        return $"plugin {plugin} was built against {PluginAssemblyInspector.SdkAssemblyName} {builtAgainst.Major}.{builtAgainst.Minor}; " +
               $"this host has {host.Major}.{host.Minor} — {advice}";
    }
}
