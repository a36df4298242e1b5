namespace Mona.Training.Tests.Support;

/// <summary>A fact that needs <c>../shared/data</c>; skipped, saying so, where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Folder is null) Skip = "development data not found: no shared/data folder above the test binaries";
    }
}
