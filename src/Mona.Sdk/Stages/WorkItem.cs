using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Mona.Sdk.Stages;

/// <summary>
/// One person flowing through the pipeline: a portrait file (one shot) or a folder of shots (K
/// shots). Stages read what earlier stages left in <see cref="Artifacts"/> and write files into
/// <see cref="OutputDirectory"/>, a staging folder the host moves into place only when every stage
/// has succeeded.
/// </summary>
public sealed class WorkItem
{
    private readonly ConcurrentDictionary<string, object> _artifacts = new(StringComparer.Ordinal);

    public WorkItem(string name, IReadOnlyList<string> shots, string outputDirectory)
    {
        Name = name;
        Shots = shots;
        OutputDirectory = outputDirectory;
    }

    /// <summary>The item's name: the portrait's file name without extension, or the folder name.</summary>
    public string Name { get; }

    /// <summary>Full paths of the person's photos, in a stable (ordinal) order.</summary>
    public IReadOnlyList<string> Shots { get; }

    /// <summary>Where this item's outputs go while it runs (staging; never the final folder).</summary>
    public string OutputDirectory { get; }

    /// <summary>Warnings a stage wants in the run report (not failures).</summary>
    public ConcurrentQueue<string> Warnings { get; } = new();

    /// <summary>Names of artifacts present, for diagnostics.</summary>
    public IEnumerable<string> ArtifactNames => _artifacts.Keys;

    /// <summary>Stores an artifact under its key, replacing an earlier one.</summary>
    public void Set<T>(ArtifactKey<T> key, T value) where T : notnull => _artifacts[key.Name] = value;

    /// <summary>Reads an artifact an earlier stage stored.</summary>
    /// <exception cref="InvalidOperationException">No stage provided it (a pipeline validation gap).</exception>
    public T Get<T>(ArtifactKey<T> key) where T : notnull =>
        TryGet(key, out var value)
            ? value
            : throw new InvalidOperationException($"item '{Name}' has no '{key.Name}' artifact: no earlier stage provided it");

    public bool TryGet<T>(ArtifactKey<T> key, [MaybeNullWhen(false)] out T value) where T : notnull
    {
        if (_artifacts.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }
}
