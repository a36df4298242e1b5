namespace Mona.Cli.Tests.Support;

/// <summary>Locates the checkout, its build outputs and the development data beside it.</summary>
internal static class Repository
{
    /// <summary>The checkout root (the folder holding Pipeline.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built host, <c>artifacts/mona/mona.dll</c>.</summary>
    public static string MonaDll => Path.Combine(Root, "artifacts", "mona", "mona.dll");

    /// <summary><c>../shared/data</c> beside the checkout, or null where it is absent.</summary>
    public static string? SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The shared data folder (tests that use it are marked <see cref="SharedDataFactAttribute"/>).</summary>
    public static string RequireSharedData() =>
        SharedData ?? throw new InvalidOperationException($"development data not found at {Path.Combine(Root, "..", "shared", "data")}");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Pipeline.sln above {AppContext.BaseDirectory}");
    }
}
