namespace Mona.Engine.Tests.Plugins;

/// <summary>Finds the repository and the plugins the test build produced.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Pipeline.sln, found by walking up from the test binaries.</summary>
    public static string Root => Repository.Root;

    /// <summary>The main assembly of a test-only plugin in artifacts/test-plugins (built with this test project).</summary>
    public static string TestPlugin(string name)
    {
        var path = Path.Combine(Root, "artifacts", "test-plugins", name, name + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"test plugin {name} is not built at {path}; build tests/Mona.Engine.Tests, which builds it", path);
    }

    /// <summary>The host's plugin root, artifacts/plugins, where the sample plugin is built.</summary>
    public static string PluginsRoot => Path.Combine(Root, "artifacts", "plugins");
}
