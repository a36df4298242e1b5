using Mona.Cli.Setup;
using Mona.Sdk.Models;

namespace Mona.Cli.Tests.Setup;

public sealed class CacheModelStoreTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("mona-cache-").FullName;

    [Fact]
    public void GetPath_PresentFile_ReturnsItsFullPath()
    {
        Directory.CreateDirectory(Path.Combine(_cache, "face-api", "model"));
        File.WriteAllText(Path.Combine(_cache, "face-api", "model", "a.json"), "{}");

        Assert.Equal(Path.Combine(_cache, "face-api", "model", "a.json"), new CacheModelStore(_cache).GetPath("face-api/model/a.json"));
    }

    [Fact]
    public void GetPath_MissingFile_SaysWhichAndToRunSetup()
    {
        var error = Assert.Throws<ModelMissingException>(() => new CacheModelStore(_cache).GetPath("face-api/model/x.bin"));

        Assert.Equal($"model file {Path.Combine(_cache, "face-api", "model", "x.bin")} missing: run ./mona setup", error.Message);
    }

    [Fact]
    public void GetPath_LeavingTheCache_Throws() =>
        Assert.Throws<ArgumentException>(() => new CacheModelStore(_cache).GetPath("../elsewhere"));

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
