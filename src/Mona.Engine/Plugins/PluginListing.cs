using Mona.Sdk.Stages;

namespace Mona.Engine.Plugins;

/// <summary>The text of <c>mona plugins</c>: each plugin with its stages and their parameters, then the load errors.</summary>
public static class PluginListing
{
    /// <summary>Writes the listing of <paramref name="catalog"/> to <paramref name="output"/>.</summary>
    public static void Write(PluginCatalog catalog, TextWriter output)
    {
        if (catalog.Folders.Count > 0)
            output.WriteLine($"Plugin folders: {string.Join(Path.PathSeparator, catalog.Folders)}");
        if (catalog.Plugins.Count == 0)
            output.WriteLine($"No plugins loaded. Build them (./mona builds artifacts/plugins) or list folders in {PluginFolders.PathVariable}.");

        foreach (var plugin in catalog.Plugins)
        {
            output.WriteLine();
            output.WriteLine($"{plugin.Name} {plugin.AssemblyVersion} (built against {PluginAssemblyInspector.SdkAssemblyName} {plugin.SdkVersion.ToString(2)})");
            output.WriteLine($"  {plugin.AssemblyPath}");
            foreach (var stage in plugin.Stages)
                WriteStage(stage, output);
        }

        output.WriteLine();
        output.WriteLine($"{Count(catalog.Plugins.Count, "plugin")}, {Count(catalog.Stages.Count, "stage")}, {Count(catalog.Errors.Count, "load error")}");
        foreach (var error in catalog.Errors)
            output.WriteLine($"  error: {error}");
    }

    private static void WriteStage(IStageDefinition stage, TextWriter output)
    {
        output.WriteLine($"  - {stage.Name} {stage.Version}: {stage.Description}");
        output.WriteLine($"      requires: {List(stage.Requires)}; provides: {List(stage.Provides)}");
        if (stage.Parameters.Count == 0)
        {
            output.WriteLine("      parameters: none");
            return;
        }
        output.WriteLine("      parameters:");
        foreach (var parameter in stage.Parameters)
            output.WriteLine($"        {ParameterSpecText.Describe(parameter)}");
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "nothing" : string.Join(", ", names);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
