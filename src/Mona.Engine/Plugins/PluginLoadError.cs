namespace Mona.Engine.Plugins;

/// <summary>A plugin, or one stage of it, that the host could not load; the other plugins still load.</summary>
/// <param name="PluginPath">The plugin's assembly (or folder, when no assembly was found).</param>
/// <param name="Reason">What went wrong and, where there is one, what to do about it.</param>
public sealed record PluginLoadError(string PluginPath, string Reason)
{
    public override string ToString() => $"{PluginPath}: {Reason}";
}
