namespace Mona.TestSupport;

/// <summary>A theory that needs the face models; skipped, saying why, where set-up has not fetched them.</summary>
public sealed class ModelsTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when face-api's models are not in the cache.</summary>
    public ModelsTheoryAttribute()
    {
        Skip = SkipReasons.Models;
    }
}
