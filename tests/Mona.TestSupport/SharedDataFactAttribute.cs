namespace Mona.TestSupport;

/// <summary>A fact that needs <c>../shared/data</c>; where the folder is absent it is skipped, and says so.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the development data is missing.</summary>
    public SharedDataFactAttribute()
    {
        Skip = SkipReasons.SharedData;
    }
}
