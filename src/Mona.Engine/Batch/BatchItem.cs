namespace Mona.Engine.Batch;

/// <summary>One person found in the input folder: a portrait file (one shot) or a folder of shots.</summary>
/// <param name="Name">The output folder name: the file name without extension, or the folder name (see <see cref="ItemDiscovery"/> for collisions).</param>
/// <param name="Source">Full path of the file or folder the item came from.</param>
/// <param name="Shots">Full paths of the item's image files, in ordinal order; never empty.</param>
/// <param name="IsFolder">Whether the item is a folder of shots rather than a single portrait file.</param>
/// <param name="Warnings">Notes about how the item was found (a renamed collision), copied into the report.</param>
public sealed record BatchItem(string Name, string Source, IReadOnlyList<string> Shots, bool IsFolder, IReadOnlyList<string> Warnings);
