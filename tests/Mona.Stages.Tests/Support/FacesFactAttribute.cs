namespace Mona.Stages.Tests.Support;

/// <summary>A fact that needs the development portraits and the face models; skipped, saying which is missing, where either is absent.</summary>
public sealed class FacesFactAttribute : FactAttribute
{
    public FacesFactAttribute()
    {
        Skip = SkipReasons.SharedData ?? SkipReasons.Models;
    }
}
