using Mona.Kernels.CuDnn;

namespace Mona.Kernels.Tests.Gpu.CuDnn;

/// <summary>Where cuDNN is searched for and what a missing library reports; needs no GPU.</summary>
public sealed class CuDnnLibraryLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mona-cudnn-").FullName;

    private string Folder(params string[] parts)
    {
        var path = Path.Combine([_root, .. parts]);
        Directory.CreateDirectory(path);
        return path;
    }

    [Fact]
    public void Candidates_AllSourcesSet_HintThenLibraryPathThenSystemThenVirtualEnv()
    {
        var hint = Folder("hint");
        var venv = Folder("venv");
        Folder("venv", "lib", "python3.11", "site-packages", "nvidia", "cudnn", "lib");
        var env = new Dictionary<string, string>
        {
            ["MONA_CUDNN_PATH"] = hint, ["LD_LIBRARY_PATH"] = "/opt/a::/opt/b", ["VIRTUAL_ENV"] = venv,
        };
        var locator = new CuDnnLibraryLocator(env.GetValueOrDefault, ["/sys1"]);
        var paths = locator.Candidates().Select(candidate => candidate.Path).ToArray();
        Assert.Equal(
        [
            Path.Combine(hint, "libcudnn.so.9"), Path.Combine(hint, "lib", "libcudnn.so.9"),
            "/opt/a/libcudnn.so.9", "/opt/b/libcudnn.so.9", "/sys1/libcudnn.so.9",
            Path.Combine(venv, "lib", "python3.11", "site-packages", "nvidia", "cudnn", "lib", "libcudnn.so.9"),
        ], paths);
    }

    [Fact]
    public void Candidates_HintIsAFile_TriesThatFileFirst()
    {
        var file = Path.Combine(Folder("custom"), "libcudnn-renamed.so");
        File.WriteAllText(file, "");
        var locator = new CuDnnLibraryLocator(name => name == "MONA_CUDNN_PATH" ? file : null, []);
        Assert.Equal((file, "MONA_CUDNN_PATH"), locator.Candidates()[0]);
    }

    [Fact]
    public void LoadFirst_NothingInstalled_ErrorSaysWhatIsMissingAndHowToFix()
    {
        var locator = new CuDnnLibraryLocator(name => name == "MONA_CUDNN_PATH" ? Folder("empty") : null, []);
        var error = Assert.Throws<DllNotFoundException>(() => CuDnnLibrary.LoadFirst(locator));
        Assert.Contains("libcudnn.so.9", error.Message);
        Assert.Contains("No libcudnn.so.9 exists", error.Message);
        Assert.Contains($"MONA_CUDNN_PATH={Path.Combine(_root, "empty")}", error.Message);
        Assert.Contains("nvidia-cudnn-cu12", error.Message);
    }

    [Fact]
    public void LoadFirst_CandidateIsNotALibrary_ErrorNamesTheFileAndLoaderMessage()
    {
        var folder = Folder("broken");
        File.WriteAllText(Path.Combine(folder, "libcudnn.so.9"), "not an ELF file");
        var locator = new CuDnnLibraryLocator(name => name == "MONA_CUDNN_PATH" ? folder : null, []);
        var error = Assert.Throws<DllNotFoundException>(() => CuDnnLibrary.LoadFirst(locator));
        Assert.Contains($"{Path.Combine(folder, "libcudnn.so.9")} (from MONA_CUDNN_PATH) exists but did not load", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
