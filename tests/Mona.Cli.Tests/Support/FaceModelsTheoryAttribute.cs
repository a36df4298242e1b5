namespace Mona.Cli.Tests.Support;

/// <summary>A theory that needs <c>../shared/data</c> and the face models <c>./mona setup</c> fetches; skipped, saying which is missing.</summary>
public sealed class FaceModelsTheoryAttribute : TheoryAttribute
{
    public FaceModelsTheoryAttribute()
    {
        Skip = SkipReasons.SharedData ?? SkipReasons.Models;
    }
}
