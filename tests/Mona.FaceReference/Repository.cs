namespace Mona.Nn.Tests;

/// <summary>Locates the checkout and the development data beside it (<c>../shared/data</c>).</summary>
public static class Repository
{
    /// <summary>The checkout root (the folder holding Pipeline.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/data</c> beside the checkout, or null where it is absent.</summary>
    public static string? SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Pipeline.sln above {AppContext.BaseDirectory}");
    }
}
