using System.Text.Json;
using Mona.Sdk.IO;

namespace Mona.Engine.Batch;

/// <summary>
/// <c>OUTPUT/.mona/manifest.json</c>: for each succeeded item, the key it was made from and the
/// files it produced. Rewritten atomically after every item, so a run killed at any moment leaves
/// a manifest that describes only outputs that are complete and in place. It holds no times, so
/// two runs that produce the same outputs write the same bytes. Thread-safe.
/// </summary>
public sealed class ResumeManifest
{
    private const int FormatVersion = 1;

    private readonly object _gate = new();
    private readonly SortedDictionary<string, ManifestEntry> _entries;

    private ResumeManifest(string path, SortedDictionary<string, ManifestEntry> entries)
    {
        Path = path;
        _entries = entries;
    }

    /// <summary>The manifest file.</summary>
    public string Path { get; }

    /// <summary>Reads the manifest; a missing file gives an empty one.</summary>
    /// <exception cref="InvalidDataException">The file is not a manifest (its message names the file); the caller decides whether to start afresh.</exception>
    public static ResumeManifest Load(string path)
    {
        AtomicFile.DeleteLeftoverTemps(path);
        var entries = new SortedDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new ResumeManifest(path, entries);
        try
        {
            var document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllBytes(path), BatchJson.Options);
            if (document is null || document.Format != FormatVersion)
                throw new InvalidDataException($"'{path}' is not a version {FormatVersion} resume manifest");
            foreach (var (name, entry) in document.Items) entries[name] = entry;
            return new ResumeManifest(path, entries);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>An empty manifest that will be written to <paramref name="path"/>.</summary>
    public static ResumeManifest Empty(string path) => new(path, new SortedDictionary<string, ManifestEntry>(StringComparer.Ordinal));

    /// <summary>The entry of an item, if it succeeded before.</summary>
    public ManifestEntry? Find(string itemName)
    {
        lock (_gate) return _entries.GetValueOrDefault(itemName);
    }

    /// <summary>
    /// Whether the item's outputs are still what a run with <paramref name="key"/> produced: the
    /// key matches and every recorded file is in <paramref name="itemDirectory"/> with its size.
    /// </summary>
    public bool IsUpToDate(string itemName, string key, string itemDirectory)
    {
        var entry = Find(itemName);
        if (entry is null || !string.Equals(entry.Key, key, StringComparison.Ordinal) || !Directory.Exists(itemDirectory))
            return false;
        return entry.Outputs.All(output =>
        {
            var file = new FileInfo(System.IO.Path.Combine(itemDirectory, output.Path));
            return file.Exists && file.Length == output.Size;
        });
    }

    /// <summary>Records a finished item and rewrites the file.</summary>
    public void Record(string itemName, ManifestEntry entry)
    {
        lock (_gate)
        {
            _entries[itemName] = entry;
            Save();
        }
    }

    /// <summary>Forgets an item whose outputs were removed, and rewrites the file.</summary>
    public void Forget(string itemName)
    {
        lock (_gate)
        {
            if (_entries.Remove(itemName)) Save();
        }
    }

    // Called under _gate, so writes never interleave.
    private void Save()
    {
        var document = new ManifestDocument(FormatVersion, new SortedDictionary<string, ManifestEntry>(_entries, StringComparer.Ordinal));
        AtomicFile.WriteAllBytes(Path, JsonSerializer.SerializeToUtf8Bytes(document, BatchJson.Options));
    }

    private sealed record ManifestDocument(int Format, SortedDictionary<string, ManifestEntry> Items);
}
