namespace Mona.Engine.Batch;

/// <summary>One file an item produced.</summary>
/// <param name="Path">Path relative to the item's output folder, with '/' separators.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
public sealed record OutputFile(string Path, long Size, string Sha256);
