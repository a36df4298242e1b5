namespace Mona.Nn.Tests;

/// <summary>The face-api model files that <c>./mona setup</c> unpacks (MONA_CACHE or .cache/models).</summary>
public static class ModelCache
{
    public static string? FaceApiModels
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("MONA_CACHE");
            if (string.IsNullOrEmpty(cache))
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                    {
                        cache = Path.Combine(dir.FullName, ".cache", "models");
                        break;
                    }
            }
            var models = cache is null ? null : Path.Combine(cache, "face-api", "model");
            return models is not null && Directory.Exists(models) ? models : null;
        }
    }
}
