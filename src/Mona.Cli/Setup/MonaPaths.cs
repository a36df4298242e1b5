namespace Mona.Cli.Setup;

/// <summary>
/// Where Mona's own files live: the checkout root (set by the <c>./mona</c> script as
/// <c>MONA_HOME</c>, else found from the binary's folder) and the model cache
/// (<c>MONA_CACHE</c>, else <c>.cache/models</c> under the root; git-ignored).
/// </summary>
internal static class MonaPaths
{
    public static string Root =>
        Environment.GetEnvironmentVariable("MONA_HOME") is { Length: > 0 } home
            ? Path.GetFullPath(home)
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", ".."));

    public static string ModelCache =>
        Environment.GetEnvironmentVariable("MONA_CACHE") is { Length: > 0 } cache
            ? Path.GetFullPath(cache)
            : Path.Combine(Root, ".cache", "models");

    /// <summary>The unpacked face-api package: <c>model/</c> and <c>demo/</c>.</summary>
    public static string FaceApi => Path.Combine(ModelCache, PinnedPackage.FaceApi.CacheFolder);
}
