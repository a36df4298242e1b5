namespace Mona.Kernels.CuDnn;

/// <summary>
/// Where to look for <c>libcudnn.so.9</c>, in order: the <c>MONA_CUDNN_PATH</c> hint (a file, or a
/// folder holding the library or a <c>lib/</c> with it), every <c>LD_LIBRARY_PATH</c> entry, the
/// system folders of Debian/Ubuntu packages and the CUDA toolkit, and last the pip wheel
/// (<c>nvidia/cudnn/lib</c>) inside the active Python virtual environment (<c>VIRTUAL_ENV</c>).
/// Python itself is never run. The environment is passed in, so the search is testable.
/// </summary>
public sealed class CuDnnLibraryLocator(Func<string, string?> environment, IReadOnlyList<string>? systemFolders = null)
{
    /// <summary>Folders where distribution packages and the CUDA toolkit install cuDNN.</summary>
    public static readonly IReadOnlyList<string> DefaultSystemFolders = ["/usr/lib/x86_64-linux-gnu", "/usr/local/cuda/lib64", "/usr/lib64"];

    private readonly IReadOnlyList<string> _systemFolders = systemFolders ?? DefaultSystemFolders;

    /// <summary>The environment variable that points at cuDNN (file or folder).</summary>
    public const string PathVariable = "MONA_CUDNN_PATH";

    /// <summary>The shared object the legacy API lives in (cuDNN 9).</summary>
    public const string FileName = "libcudnn.so.9";

    /// <summary>A locator over the process environment.</summary>
    public static CuDnnLibraryLocator FromProcess() => new(Environment.GetEnvironmentVariable);

    /// <summary>Every path worth trying, in order, with where it came from; they need not exist.</summary>
    public IReadOnlyList<(string Path, string Source)> Candidates()
    {
        var candidates = new List<(string, string)>();
        if (environment(PathVariable) is { Length: > 0 } hint)
        {
            if (File.Exists(hint)) candidates.Add((hint, PathVariable));
            candidates.Add((Path.Combine(hint, FileName), PathVariable));
            candidates.Add((Path.Combine(hint, "lib", FileName), PathVariable));
        }
        foreach (var folder in (environment("LD_LIBRARY_PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            candidates.Add((Path.Combine(folder, FileName), "LD_LIBRARY_PATH"));
        foreach (var folder in _systemFolders)
            candidates.Add((Path.Combine(folder, FileName), "system folder"));
        if (environment("VIRTUAL_ENV") is { Length: > 0 } venv && Directory.Exists(Path.Combine(venv, "lib")))
        {
            foreach (var python in Directory.EnumerateDirectories(Path.Combine(venv, "lib"), "python3*").Order())
                candidates.Add((Path.Combine(python, "site-packages", "nvidia", "cudnn", "lib", FileName), "VIRTUAL_ENV"));
        }
        return candidates;
    }

    /// <summary>The candidates that exist as files.</summary>
    public IEnumerable<(string Path, string Source)> Existing() => Candidates().Where(candidate => File.Exists(candidate.Path));

    /// <summary>A one-paragraph account of what was searched, for error messages.</summary>
    public string DescribeSearch() =>
        $"{PathVariable}={Show(environment(PathVariable))}, LD_LIBRARY_PATH={Show(environment("LD_LIBRARY_PATH"))}, " +
        $"system folders {string.Join(", ", _systemFolders)}, VIRTUAL_ENV={Show(environment("VIRTUAL_ENV"))}";

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "(unset)" : value;
}
