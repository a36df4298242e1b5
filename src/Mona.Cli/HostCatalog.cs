using Mona.Engine.Plugins;

namespace Mona.Cli;

/// <summary>The stage catalog the commands validate and run pipelines against.</summary>
internal static class HostCatalog
{
    /// <summary>Loads the stage plugins of this installation.</summary>
    // TODO(lead): return the plugin loader's Mona.Engine.Plugins.PluginCatalog over artifacts/plugins
    // once that branch is merged; until then no stage is known and every pipeline reports "unknown stage".
    public static IStageCatalog Load() => InMemoryStageCatalog.Empty;
}
