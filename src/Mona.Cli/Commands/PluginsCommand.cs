using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Mona.Engine.Plugins;

namespace Mona.Cli.Commands;

/// <summary>
/// <c>mona plugins</c>: lists each plugin found (path, assembly version), its stages (name, version,
/// description, requires/provides, parameters) and the plugins or stages that failed to load.
/// </summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var command = new Command("plugins",
            $"List the stage plugins (artifacts/plugins and {PluginFolders.PathVariable}), their stages and parameters, and load errors.");
        // The listing prints the errors itself, so the catalog need not log them too.
        command.SetAction(_ => Run(HostCatalog.LoadPlugins(NullLogger.Instance), Console.Out));
        return command;
    }

    /// <summary>Writes the listing of <paramref name="catalog"/>; returns 0 when every plugin loaded, 1 otherwise.</summary>
    public static int Run(PluginCatalog catalog, TextWriter output)
    {
        PluginListing.Write(catalog, output);
        return catalog.Errors.Count == 0 ? 0 : 1;
    }
}
