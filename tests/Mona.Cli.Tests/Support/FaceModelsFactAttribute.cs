namespace Mona.Cli.Tests.Support;

/// <summary>A fact that needs <c>../shared/data</c> and the face models <c>./mona setup</c> fetches; skipped, saying which is missing.</summary>
public sealed class FaceModelsFactAttribute : FactAttribute
{
    public FaceModelsFactAttribute()
    {
        Skip = SkipReasons.SharedData ?? SkipReasons.Models;
    }
}
