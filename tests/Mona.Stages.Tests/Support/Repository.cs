namespace Mona.Stages.Tests.Support;

/// <summary>Locates the checkout, the development data beside it and the model cache.</summary>
internal static class Repository
{
    /// <summary>The checkout root (the folder holding Pipeline.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/data</c> beside the checkout, or null where it is absent.</summary>
    public static string? SharedData =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "data")) is var path && Directory.Exists(path) ? path : null;

    /// <summary>The model cache (<c>MONA_CACHE</c>, else <c>.cache/models</c>), when it holds face-api's models.</summary>
    public static string? ModelCache
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("MONA_CACHE") is { Length: > 0 } set ? set : Path.Combine(Root, ".cache", "models");
            return Directory.Exists(Path.Combine(cache, "face-api", "model")) ? Path.GetFullPath(cache) : null;
        }
    }

    /// <summary>A portrait of <c>../shared/data/portraits</c>.</summary>
    public static string Portrait(string name) => Path.Combine(SharedData!, "portraits", name);

    /// <summary>A demo photo face-api ships (group photos), from the model cache.</summary>
    public static string DemoPhoto(string name) => Path.Combine(ModelCache!, "face-api", "demo", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Pipeline.sln above {AppContext.BaseDirectory}");
    }
}
