namespace Mona.Cli.Tests.Support;

/// <summary>A fact that needs <c>../shared/data</c> and the face models <c>./mona setup</c> fetches; skipped, saying which is missing.</summary>
public sealed class FaceModelsFactAttribute : FactAttribute
{
    public FaceModelsFactAttribute()
    {
        if (Repository.SharedData is null)
            Skip = $"development data not found at {Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"))}";
        else if (!Directory.Exists(Path.Combine(ModelCache, "face-api", "model")))
            Skip = $"face models not found in {ModelCache}: run ./mona setup first";
    }

    /// <summary>The cache <c>mona</c> reads: <c>MONA_CACHE</c>, else <c>.cache/models</c> in the checkout.</summary>
    public static string ModelCache =>
        Environment.GetEnvironmentVariable("MONA_CACHE") is { Length: > 0 } cache ? cache : Path.Combine(Repository.Root, ".cache", "models");
}
