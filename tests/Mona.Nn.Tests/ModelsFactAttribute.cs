namespace Mona.Nn.Tests;

/// <summary>A fact that needs the face models; skipped, saying why, where set-up has not fetched them.</summary>
public sealed class ModelsFactAttribute : FactAttribute
{
    public ModelsFactAttribute()
    {
        if (ModelCache.FaceApiModels is null) Skip = "face models not in the cache: run ./mona setup first";
    }
}
