using Mona.Engine.Batch;

namespace Mona.Engine.Tests.Batch;

public sealed class ItemDiscoveryTests
{
    [Fact]
    public void Discover_FilesAndSubfolders_OneItemPerImageFileAndPerFolder()
    {
        using var input = new TempFolder();
        input.Write("mona.JPG", "x");
        input.Write("pearl.jpeg", "x");
        input.Write("b.png", "x");
        input.Write("c.webp", "x");
        input.Write("d.Bmp", "x");
        input.Write("notes.txt", "x");
        input.Write(".hidden.jpg", "x");
        input.Write("person/2.jpg", "x");
        input.Write("person/1.png", "x");
        input.Write("person/.thumb.jpg", "x");
        input.Write("person/readme.md", "x");
        input.Write(".cache/e.jpg", "x");

        var items = ItemDiscovery.Discover(input.Path);

        Assert.Equal(["b", "c", "d", "mona", "pearl", "person"], items.Select(i => i.Name));
        Assert.Equal([input.Combine("mona.JPG")], items.Single(i => i.Name == "mona").Shots);
        Assert.Equal([input.Combine("person", "1.png"), input.Combine("person", "2.jpg")], items.Single(i => i.Name == "person").Shots);
        Assert.True(items.Single(i => i.Name == "person").IsFolder);
        Assert.All(items, item => Assert.Empty(item.Warnings));
    }

    [Fact]
    public void Discover_NameCollision_FirstEntryKeepsNameOthersRenamedWithWarning()
    {
        using var input = new TempFolder();
        input.Write("a.png", "x");
        input.Write("a.jpg", "x");
        input.Write("a/1.jpg", "x");
        input.Write("a_png.jpg", "x");

        var items = ItemDiscovery.Discover(input.Path);

        // Folder "a" sorts before "a.jpg" and keeps "a"; "a_png" is taken by a_png.jpg, so a.png gets "a_png~2".
        Assert.Equal(["a", "a_jpg", "a_png", "a_png~2"], items.Select(i => i.Name));
        Assert.Equal(input.Combine("a"), items[0].Source);
        Assert.Equal(input.Combine("a.jpg"), items[1].Source);
        Assert.Equal(input.Combine("a_png.jpg"), items[2].Source);
        Assert.Equal(input.Combine("a.png"), items[3].Source);
        Assert.Contains("'a.png' was named 'a_png~2' instead of 'a'", Assert.Single(items[3].Warnings));
        Assert.Empty(items[2].Warnings);
    }

    [Fact]
    public void Discover_NamesDifferingOnlyInCase_AreKeptApart()
    {
        using var input = new TempFolder();
        input.Write("Ann.jpg", "x");
        input.Write("ann.png", "x");

        var names = ItemDiscovery.Discover(input.Path).Select(i => i.Name);

        Assert.Equal(["Ann", "ann_png"], names);
    }

    [Fact]
    public void Discover_NameOfTheReportFile_IsNeverGivenToAnItem()
    {
        using var input = new TempFolder();
        input.Write("report.json.png", "x");
        input.Write("report.shard-0-of-2.json/1.jpg", "x");

        var items = ItemDiscovery.Discover(input.Path);

        Assert.Equal(["report_json_png", "report_shard-0-of-2_json"], items.Select(i => i.Name));
        Assert.All(items, item => Assert.Contains("the runner's report uses that name", Assert.Single(item.Warnings)));
    }

    [Fact]
    public void Discover_OutputFolderInsideInput_IsNotAnItem()
    {
        using var input = new TempFolder();
        input.Write("a.jpg", "x");
        input.Write("out/a/result.txt", "x");

        var items = ItemDiscovery.Discover(input.Path, input.Combine("out"));

        Assert.Equal(["a"], items.Select(i => i.Name));
    }

    [Fact]
    public void Discover_FolderWithoutImages_IsNoItemButIsListedForAWarning()
    {
        using var input = new TempFolder();
        input.Write("heic/1.heic", "x");
        input.Write("person/1.jpg", "x");
        input.Write(".git/config", "x");

        var items = ItemDiscovery.Discover(input.Path);

        Assert.Equal(["person"], items.Select(i => i.Name));
        Assert.Equal([input.Combine("heic")], ItemDiscovery.FoldersWithoutImages(input.Path));
    }

    [Fact]
    public void Discover_MissingFolder_ThrowsNamingIt()
    {
        using var root = new TempFolder();
        var missing = root.Combine("nope");

        var error = Assert.Throws<DirectoryNotFoundException>(() => ItemDiscovery.Discover(missing));

        Assert.Contains(missing, error.Message);
    }
}
