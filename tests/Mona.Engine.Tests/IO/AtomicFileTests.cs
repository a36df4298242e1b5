using Mona.Engine.Tests.Plugins;
using Mona.Sdk.IO;

namespace Mona.Engine.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void WriteAllText_ExistingFile_ReplacesItAndLeavesNoTemp()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.json");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "new ✓");

        Assert.Equal("new ✓", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Write_CallbackThrows_KeepsOldContentAndDeletesTemp()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "faces.json");
        File.WriteAllText(path, "old");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half a fi"u8);
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("writer failed", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void DeleteLeftoverTemps_TempsOfTwoFiles_DeletesOnlyThoseOfTheGivenFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "manifest.json");
        var other = Path.Combine(folder.Path, "report.json");
        var leftover = AtomicFile.TempPathFor(path);
        var otherLeftover = AtomicFile.TempPathFor(other);
        File.WriteAllText(leftover, "{");
        File.WriteAllText(otherLeftover, "{");

        AtomicFile.DeleteLeftoverTemps(path);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(otherLeftover));
    }
}
