namespace Mona.Animation.Tests.Support;

/// <summary>Locates the development data (<c>../shared/data</c> from the repository root) by walking up from the test binaries.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(Find);

    /// <summary>The <c>shared/data</c> folder, or null when this checkout has none.</summary>
    public static string? Root => RootPath.Value;

    public static string Portrait(string name) => Path.Combine(Root!, "portraits", name);

    public static string Clip(string name) => Path.Combine(Root!, "clips", name);

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "clips"))) return candidate;
        }
        return null;
    }
}
