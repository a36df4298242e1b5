namespace Mona.TestSupport;

/// <summary>A fact that needs the face models; skipped, saying why, where set-up has not fetched them.</summary>
public sealed class ModelsFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when face-api's models are not in the cache.</summary>
    public ModelsFactAttribute()
    {
        Skip = SkipReasons.Models;
    }
}
