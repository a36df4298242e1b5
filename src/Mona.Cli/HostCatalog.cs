using Microsoft.Extensions.Logging;
using Mona.Engine.Plugins;

namespace Mona.Cli;

/// <summary>
/// The stages this installation of <c>mona</c> offers: the plugins in <c>&lt;folder of mona.dll&gt;/../plugins</c>
/// (artifacts/plugins after a build) and in the folders of <c>MONA_PLUGIN_PATH</c>.
/// </summary>
public static class HostCatalog
{
    /// <summary>The plugin roots searched, in order.</summary>
    public static IReadOnlyList<string> Folders() =>
        PluginFolders.Resolve(AppContext.BaseDirectory, Environment.GetEnvironmentVariable(PluginFolders.PathVariable));

    /// <summary>Loads every plugin; plugins that fail are logged to standard error and left out.</summary>
    public static IStageCatalog Load()
    {
        using var loggers = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        return LoadPlugins(loggers.CreateLogger("Mona.Plugins")); // disposing the factory flushes the log
    }

    /// <summary>Loads every plugin, logging to <paramref name="logger"/>; the catalog also keeps the errors.</summary>
    public static PluginCatalog LoadPlugins(ILogger logger) => PluginCatalog.Load(Folders(), logger);
}
