namespace Mona.Engine.Batch;

/// <summary>What the resume manifest remembers of a finished item.</summary>
/// <param name="Key">The item's <see cref="ItemKey"/> when it was produced.</param>
/// <param name="Outputs">The files it produced, sorted by path.</param>
public sealed record ManifestEntry(string Key, IReadOnlyList<OutputFile> Outputs);
