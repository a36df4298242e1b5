namespace Mona.TestSupport;

/// <summary>Locates the checkout, its build outputs, the development data beside it and the model cache.</summary>
public static class Repository
{
    /// <summary>The checkout root (the folder holding Pipeline.sln), found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where the development data is expected: <c>../shared/data</c> beside the checkout.</summary>
    public static string SharedDataPath => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary><c>../shared/data</c> beside the checkout, or null where it is absent.</summary>
    public static string? SharedData => Directory.Exists(SharedDataPath) ? SharedDataPath : null;

    /// <summary>The model cache that <c>./mona setup</c> fills: <c>MONA_CACHE</c>, else <c>.cache/models</c>; null until it holds face-api's models.</summary>
    public static string? ModelCache
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("MONA_CACHE") is { Length: > 0 } set ? set : Path.Combine(Root, ".cache", "models");
            return Directory.Exists(Path.Combine(cache, "face-api", "model")) ? Path.GetFullPath(cache) : null;
        }
    }

    /// <summary>face-api's model folder in the cache, or null where set-up has not fetched it.</summary>
    public static string? FaceApiModels => ModelCache is { } cache ? Path.Combine(cache, "face-api", "model") : null;

    /// <summary>The built host, <c>artifacts/mona/mona.dll</c>.</summary>
    public static string MonaDll => Path.Combine(Root, "artifacts", "mona", "mona.dll");

    /// <summary>The shared data folder, for tests marked <see cref="SharedDataFactAttribute"/>.</summary>
    public static string RequireSharedData() =>
        SharedData ?? throw new InvalidOperationException($"development data not found at {SharedDataPath}");

    /// <summary>A portrait of <c>../shared/data/portraits</c>.</summary>
    public static string Portrait(string name) => Path.Combine(RequireSharedData(), "portraits", name);

    /// <summary>A clip of <c>../shared/data/clips</c>.</summary>
    public static string Clip(string name) => Path.Combine(RequireSharedData(), "clips", name);

    /// <summary>A demo photo face-api ships (group photos), from the model cache.</summary>
    public static string DemoPhoto(string name) => Path.Combine(ModelCache!, "face-api", "demo", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Pipeline.sln above {AppContext.BaseDirectory}");
    }
}
