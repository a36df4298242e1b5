using System.Diagnostics;
using Mona.Engine.Plugins;

namespace Mona.Engine.Tests.Plugins;

/// <summary>
/// Builds plugins/Mona.Stages.Sample with <c>dotnet build</c> into a temp plugin root, as a plugin
/// author would, and loads it from there. Built once for all the sample's tests.
/// </summary>
public sealed class BuiltSamplePlugin : IDisposable
{
    private readonly TempFolder _root = new();

    public BuiltSamplePlugin()
    {
        var project = Path.Combine(RepositoryPaths.Root, "plugins", "Mona.Stages.Sample", "Mona.Stages.Sample.csproj");
        PluginFolder = Path.Combine(_root.Path, "Mona.Stages.Sample");
        // OutDir rather than -o: plugins/Directory.Build.props pins OutDir to artifacts/plugins.
        BuildLog = Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            "build", project, "-c", "Release", "-nologo", "-v", "q", $"-p:OutDir={PluginFolder}/");
        Catalog = PluginCatalog.Load([_root.Path], new ListLogger());
    }

    public string PluginFolder { get; }

    public string BuildLog { get; }

    public PluginCatalog Catalog { get; }

    public void Dispose() => _root.Dispose();

    private static string Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var log = stdout + stderr.Result;
        return process.ExitCode == 0
            ? log
            : throw new InvalidOperationException($"dotnet build of the sample plugin failed ({process.ExitCode}):\n{log}");
    }
}
