namespace Mona.Cli.Tests.Support;

/// <summary>A fact that needs <c>../shared/data</c>; where the folder is absent it is skipped, and says so.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (Repository.SharedData is null)
            Skip = $"development data not found at {Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"))}";
    }
}
