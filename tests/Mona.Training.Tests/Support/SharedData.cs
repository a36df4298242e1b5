namespace Mona.Training.Tests.Support;

/// <summary>Finds <c>shared/data</c> by walking up from the test binaries (the repo's <c>../shared/data</c>).</summary>
internal static class SharedData
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
