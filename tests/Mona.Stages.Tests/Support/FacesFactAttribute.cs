namespace Mona.Stages.Tests.Support;

/// <summary>A fact that needs the development portraits and the face models; skipped, saying which is missing, where either is absent.</summary>
public sealed class FacesFactAttribute : FactAttribute
{
    public FacesFactAttribute()
    {
        if (Repository.SharedData is null)
            Skip = $"development data not found at {Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"))}";
        else if (Repository.ModelCache is null)
            Skip = "face models not in the cache (MONA_CACHE or .cache/models): run ./mona setup first";
    }
}
