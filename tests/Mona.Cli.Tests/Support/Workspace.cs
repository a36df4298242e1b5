using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Mona.Cli.Tests.Support;

/// <summary>A temporary folder for one test: inputs, a pipeline file, outputs; deleted afterwards.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace() => Root = Directory.CreateTempSubdirectory("mona-e2e-").FullName;

    public string Root { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Copies the shared portraits into <c>input/</c> (a copy, so that no test can touch the originals).</summary>
    public string CopyPortraits(string folder = "input", int? count = null)
    {
        var input = Directory.CreateDirectory(Path(folder)).FullName;
        var portraits = Directory.GetFiles(System.IO.Path.Combine(Repository.RequireSharedData(), "portraits"), "*.jpg").Order(StringComparer.Ordinal);
        foreach (var file in count is { } n ? portraits.Take(n) : portraits)
            File.Copy(file, System.IO.Path.Combine(input, System.IO.Path.GetFileName(file)));
        return input;
    }

    public string WritePipeline(string yaml, string name = "pipeline.yaml")
    {
        var path = Path(name);
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>Every file under <paramref name="folder"/> with its SHA-256, skipping the given relative paths.</summary>
    public static SortedDictionary<string, string> Tree(string folder, params string[] skip)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(folder, file);
            if (skip.Contains(relative)) continue;
            using var stream = File.OpenRead(file);
            tree[relative] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        return tree;
    }

    public static JsonNode Report(string output, string name = "report.json") =>
        JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(output, name)))!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still hold a file for a moment; the OS cleans temp folders anyway.
        }
    }
}
