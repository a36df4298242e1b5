using Mona.Engine.Plugins;

namespace Mona.Engine.Tests.Plugins;

public sealed class PluginFoldersTests
{
    [Fact]
    public void Resolve_NoVariable_IsThePluginsFolderBesideTheHost() =>
        Assert.Equal(["/opt/mona/artifacts/plugins"], PluginFolders.Resolve("/opt/mona/artifacts/mona/", null));

    [Fact]
    public void Resolve_VariableWithFolders_AppendsThemInOrderWithoutDuplicates() =>
        Assert.Equal(
            ["/opt/mona/artifacts/plugins", "/home/ana/stages", "/srv/shared/stages"],
            PluginFolders.Resolve("/opt/mona/artifacts/mona", "/home/ana/stages/::/srv/shared/stages:/opt/mona/artifacts/plugins:/home/ana/stages"));

    [Fact]
    public void FindPluginAssemblies_RootThatIsItselfAPluginFolder_FindsItsAssembly()
    {
        using var root = new TempFolder();
        var plugin = Path.Combine(root.Path, "Mona.Stages.Own");
        Directory.CreateDirectory(Path.Combine(plugin, "runtimes")); // a sub-folder of the plugin, not another plugin
        File.WriteAllBytes(Path.Combine(plugin, "Mona.Stages.Own.dll"), [1, 2, 3]);
        var errors = new List<PluginLoadError>();

        var found = PluginFolders.FindPluginAssemblies([plugin], errors);

        Assert.Equal([Path.Combine(plugin, "Mona.Stages.Own.dll")], found);
        Assert.Empty(errors);
    }

    [Fact]
    public void FindPluginAssemblies_RootWithPluginFolders_ListsThemByOrdinalName()
    {
        using var root = new TempFolder();
        foreach (var name in new[] { "b", "a", "C" })
        {
            Directory.CreateDirectory(Path.Combine(root.Path, name));
            File.WriteAllBytes(Path.Combine(root.Path, name, name + ".dll"), [0]);
        }

        var found = PluginFolders.FindPluginAssemblies([root.Path], new List<PluginLoadError>());

        Assert.Equal(["C", "a", "b"], found.Select(Path.GetFileNameWithoutExtension));
    }
}
