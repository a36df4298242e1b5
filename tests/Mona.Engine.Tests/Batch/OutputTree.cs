namespace Mona.Engine.Tests.Batch;

/// <summary>Reads an output folder as relative path → bytes, for byte-for-byte comparisons.</summary>
internal static class OutputTree
{
    /// <summary>Every file and folder under <paramref name="root"/>, except the reports (which hold times).</summary>
    public static SortedDictionary<string, byte[]?> Read(string root)
    {
        var tree = new SortedDictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
            if (relative.StartsWith("report", StringComparison.Ordinal) && relative.EndsWith(".json", StringComparison.Ordinal)) continue;
            tree[relative] = Directory.Exists(entry) ? null : File.ReadAllBytes(entry);
        }
        return tree;
    }

    /// <summary>Asserts two trees hold the same paths with the same bytes.</summary>
    public static void AssertEqual(string expectedRoot, string actualRoot)
    {
        var expected = Read(expectedRoot);
        var actual = Read(actualRoot);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes is null ? actual[path] is null : actual[path] is { } other && bytes.AsSpan().SequenceEqual(other), $"'{path}' differs");
    }
}
