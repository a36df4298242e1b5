using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Logging;
using Mona.Engine.Plugins;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Plugins;

public sealed class PluginCatalogTests
{
    private const string YamlOld = "Mona.TestPlugins.YamlOld";
    private const string YamlNew = "Mona.TestPlugins.YamlNew";
    private const string FutureSdk = "Mona.TestPlugins.FutureSdk";
    private const string Faulty = "Mona.TestPlugins.Faulty";

    private readonly ListLogger _logger = new();

    [Fact]
    public void Load_PluginsFolderOfTheBuild_OffersTheSampleGrayscaleStage()
    {
        var catalog = PluginCatalog.Load([RepositoryPaths.PluginsRoot], _logger);

        var sample = Assert.Single(catalog.Plugins, p => p.Name == "Mona.Stages.Sample");
        Assert.Equal(Path.Combine(RepositoryPaths.PluginsRoot, "Mona.Stages.Sample", "Mona.Stages.Sample.dll"), sample.AssemblyPath);
        Assert.Equal(SdkInfo.Version, sample.SdkVersion);
        Assert.True(catalog.TryGet("grayscale", out var grayscale));
        Assert.False(catalog.TryGet("Grayscale", out _)); // pipeline names are exact
        Assert.Same(grayscale, Assert.Single(sample.Stages));
        Assert.Equal(["weights", "output"], grayscale.Parameters.Select(p => p.Name));
        Assert.DoesNotContain(catalog.Errors, e => e.PluginPath.Contains("Mona.Stages.Sample", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadAssemblies_PluginsUsingTwoVersionsOfOneLibrary_EachGetsItsOwnCopy()
    {
        var catalog = PluginCatalog.LoadAssemblies([RepositoryPaths.TestPlugin(YamlOld), RepositoryPaths.TestPlugin(YamlNew)], _logger);

        Assert.Empty(catalog.Errors);
        var hostYaml = typeof(YamlDotNet.Serialization.SerializerBuilder).Assembly; // the host's 18.1.0, via Mona.Engine
        var (oldStage, oldYaml) = StageAndItsYaml(catalog, "yaml-old");
        var (newStage, newYaml) = StageAndItsYaml(catalog, "yaml-new");

        Assert.Equal(16, oldYaml.GetName().Version!.Major);
        Assert.Equal(18, newYaml.GetName().Version!.Major);
        // Each plugin's library lives in the plugin's own load context, even the one the host also has.
        Assert.NotSame(hostYaml, oldYaml);
        Assert.NotSame(hostYaml, newYaml);
        Assert.Same(AssemblyLoadContext.GetLoadContext(oldStage.GetType().Assembly), AssemblyLoadContext.GetLoadContext(oldYaml));
        Assert.Same(AssemblyLoadContext.GetLoadContext(newStage.GetType().Assembly), AssemblyLoadContext.GetLoadContext(newYaml));
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(oldYaml));
        // ... and works there: the constructor serialized a map with it.
        Assert.Contains("answer: 42", oldStage.Description, StringComparison.Ordinal);
        Assert.Contains("answer: 42", newStage.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAssemblies_AnyPlugin_SharesTheHostsSdkAndLoggingAbstractions()
    {
        var catalog = PluginCatalog.LoadAssemblies([RepositoryPaths.TestPlugin(YamlOld)], _logger);

        var stage = Assert.Single(catalog.Stages);
        var pluginAssembly = stage.GetType().Assembly;
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(pluginAssembly));
        var sdkSeenByPlugin = stage.GetType().GetInterfaces().Single(i => i.Name == nameof(IStageDefinition)).Assembly;
        Assert.Same(typeof(IStageDefinition).Assembly, sdkSeenByPlugin);
        var loggingSeenByPlugin = AssemblyLoadContext.GetLoadContext(pluginAssembly)!.LoadFromAssemblyName(typeof(ILogger).Assembly.GetName());
        Assert.Same(typeof(ILogger).Assembly, loggingSeenByPlugin);
    }

    [Fact]
    public void LoadAssemblies_PluginBuiltAgainstSdk2_IsRefusedWithAdviceAndOthersLoad()
    {
        var future = RepositoryPaths.TestPlugin(FutureSdk);
        var catalog = PluginCatalog.LoadAssemblies([future, RepositoryPaths.TestPlugin(YamlOld)], _logger);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal(future, error.PluginPath);
        Assert.Equal($"plugin {FutureSdk} was built against Mona.Sdk 2.0; this host has 1.0 — rebuild it against 1.x", error.Reason);
        Assert.False(catalog.TryGet("future", out _));
        Assert.True(catalog.TryGet("yaml-old", out _));
        Assert.DoesNotContain(AssemblyLoadContext.All.SelectMany(c => c.Assemblies), a => a.GetName().Name == FutureSdk);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Mona.Sdk 2.0", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CorruptAndTruncatedAssemblies_AreReportedAndOthersLoad()
    {
        using var root = new TempFolder();
        var garbage = WritePlugin(root, "Garbage", [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31))]);
        var realBytes = File.ReadAllBytes(RepositoryPaths.TestPlugin(YamlNew));
        var truncated = WritePlugin(root, "Truncated", realBytes[..(realBytes.Length / 3)]);
        root.CopyPlugin(RepositoryPaths.TestPlugin(YamlOld));

        var catalog = PluginCatalog.Load([root.Path], _logger);

        Assert.Equal([garbage, truncated], catalog.Errors.Select(e => e.PluginPath).Order(StringComparer.Ordinal));
        Assert.All(catalog.Errors, e => Assert.StartsWith("not a readable .NET assembly", e.Reason, StringComparison.Ordinal));
        Assert.Equal(["yaml-old"], catalog.Stages.Select(s => s.Name));
    }

    [Fact]
    public void LoadAssemblies_PluginWithBadStages_ReportsEachAndKeepsTheGoodOne()
    {
        var faulty = RepositoryPaths.TestPlugin(Faulty);
        var catalog = PluginCatalog.LoadAssemblies([faulty], _logger);

        Assert.True(catalog.TryGet("echo", out var echo));
        Assert.Equal("Mona.TestPlugins.EchoDefinition", echo.GetType().FullName);
        Assert.Equal(["echo"], catalog.Stages.Select(s => s.Name));
        Assert.All(catalog.Errors, e => Assert.Equal(faulty, e.PluginPath));
        var reasons = catalog.Errors.Select(e => e.Reason).ToList();
        Assert.Equal(4, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("BadNameDefinition", StringComparison.Ordinal) && r.Contains("'Bad Name'", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("ThrowingDefinition could not be created", StringComparison.Ordinal)
                                      && r.Contains("test stage refuses to start", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("NeedsAbsentDefinition could not be created", StringComparison.Ordinal)
                                      && r.Contains("Mona.TestPlugins.Absent", StringComparison.Ordinal)
                                      && r.EndsWith("(a dependency is missing: ship it in the plugin's folder)", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("stage 'echo' (Mona.TestPlugins.EchoTwinDefinition) is not loaded", StringComparison.Ordinal));
        Assert.Equal(4, _logger.Entries.Count(e => e.Level == LogLevel.Error));
    }

    [Fact]
    public void Load_SameStageNameInTwoRoots_FirstRootWinsAndSecondIsReported()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var kept = first.CopyPlugin(RepositoryPaths.TestPlugin(YamlOld));
        var dropped = second.CopyPlugin(RepositoryPaths.TestPlugin(YamlOld));

        var catalog = PluginCatalog.Load([first.Path, second.Path], _logger);

        Assert.True(catalog.TryGet("yaml-old", out var stage));
        Assert.Equal(kept, stage.GetType().Assembly.Location);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal(dropped, error.PluginPath);
        Assert.Contains($"plugin {YamlOld} ({kept}) already offers a stage of that name", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutItsAssemblyAndMissingRoot_AreReported()
    {
        using var root = new TempFolder();
        var empty = Directory.CreateDirectory(Path.Combine(root.Path, "Mona.Stages.Forgotten")).FullName;
        var missing = Path.Combine(root.Path, "no-such-folder");

        var catalog = PluginCatalog.Load([root.Path, missing], _logger);

        Assert.Empty(catalog.Plugins);
        Assert.Equal(
            [$"{empty}: plugin folder has no Mona.Stages.Forgotten.dll (a plugin folder is named after its assembly)",
             $"{missing}: plugin folder does not exist (check MONA_PLUGIN_PATH or build the plugins)"],
            catalog.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_AssemblyThatIsNoMonaPlugin_IsReported()
    {
        using var root = new TempFolder();
        var library = Path.Combine(RepositoryPaths.Root, "artifacts", "test-plugin-libs", "Mona.TestPlugins.Absent", "Mona.TestPlugins.Absent.dll");
        var copy = root.CopyPlugin(library);

        var catalog = PluginCatalog.Load([root.Path], _logger);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal($"{copy}: plugin Mona.TestPlugins.Absent does not reference Mona.Sdk, so it offers no stages", error.ToString());
    }

    private static (IStageDefinition Stage, Assembly Yaml) StageAndItsYaml(PluginCatalog catalog, string name)
    {
        Assert.True(catalog.TryGet(name, out var stage), $"stage {name} not loaded");
        var yaml = (Assembly)stage.GetType().GetProperty("YamlAssembly")!.GetValue(stage)!;
        return (stage, yaml);
    }

    private static string WritePlugin(TempFolder root, string name, byte[] bytes)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root.Path, name)).FullName;
        var path = Path.Combine(folder, name + ".dll");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
