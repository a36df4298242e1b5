namespace Mona.Engine.Batch;

/// <summary>
/// Turns an input folder into work items: one per image file (jpg, jpeg, png, webp, bmp, any case)
/// directly in the folder, named by the file name without extension, and one per subfolder, named
/// by the folder and holding that folder's image files as its shots. Hidden entries (a leading dot
/// or the hidden attribute) and other files are ignored; the output folder is never an item.
/// </summary>
/// <remarks>
/// Names are compared ignoring case, so that outputs do not clash on case-insensitive file
/// systems. When several entries want the same name, the one whose own file or folder name sorts
/// first (ordinal) keeps it (a folder <c>a</c> sorts before <c>a.jpg</c>, which sorts before
/// <c>a.png</c>); each other one is named by its full file name with dots turned into underscores
/// (<c>a.png</c> becomes <c>a_png</c>), followed by <c>~2</c>, <c>~3</c>... if that is taken too.
/// The renamed item carries a warning saying so. Items are returned sorted by name (ordinal), so
/// every run, shard and machine sees the same list.
/// </remarks>
public static class ItemDiscovery
{
    private static readonly HashSet<string> ImageExtensions =
        new([".jpg", ".jpeg", ".png", ".webp", ".bmp"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a path names a file the runner treats as an image (by extension).</summary>
    public static bool IsImageFile(string path) => ImageExtensions.Contains(Path.GetExtension(path));

    /// <summary>Finds the items of <paramref name="inputDirectory"/>.</summary>
    /// <param name="inputDirectory">The portraits folder.</param>
    /// <param name="excludedDirectory">A folder never taken as an item (the output folder, when it lies inside the input).</param>
    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    public static IReadOnlyList<BatchItem> Discover(string inputDirectory, string? excludedDirectory = null)
    {
        var input = new DirectoryInfo(inputDirectory);
        if (!input.Exists)
            throw new DirectoryNotFoundException($"input folder '{inputDirectory}' does not exist");

        var excluded = excludedDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(excludedDirectory));
        var candidates = new List<Candidate>();
        foreach (var entry in input.EnumerateFileSystemInfos())
        {
            if (IsHidden(entry)) continue;
            if (entry is DirectoryInfo folder)
            {
                if (excluded is not null && string.Equals(Path.TrimEndingDirectorySeparator(folder.FullName), excluded, StringComparison.Ordinal)) continue;
                candidates.Add(new Candidate(folder.Name, folder.Name, folder.FullName, ShotsOf(folder)));
            }
            else if (IsImageFile(entry.Name))
            {
                candidates.Add(new Candidate(Path.GetFileNameWithoutExtension(entry.Name), entry.Name, entry.FullName, [entry.FullName]));
            }
        }
        return AssignNames(candidates);
    }

    private static List<string> ShotsOf(DirectoryInfo folder)
    {
        var shots = folder.EnumerateFiles()
            .Where(file => !IsHidden(file) && IsImageFile(file.Name))
            .Select(file => file.FullName)
            .ToList();
        shots.Sort(StringComparer.Ordinal);
        return shots;
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0;

    private static IReadOnlyList<BatchItem> AssignNames(List<Candidate> candidates)
    {
        // Winners first: within each group of equal wanted names, the entry name sorting first keeps it.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var items = new List<BatchItem>();
        var losers = new List<Candidate>();
        foreach (var group in candidates.GroupBy(c => c.WantedName, StringComparer.OrdinalIgnoreCase))
        {
            var ordered = group.OrderBy(c => c.EntryName, StringComparer.Ordinal).ToList();
            taken.Add(ordered[0].WantedName);
            items.Add(new BatchItem(ordered[0].WantedName, ordered[0].Source, ordered[0].Shots, []));
            losers.AddRange(ordered.Skip(1));
        }

        foreach (var loser in losers.OrderBy(c => c.EntryName, StringComparer.Ordinal))
        {
            var stem = loser.EntryName.Replace('.', '_');
            var name = stem;
            for (var n = 2; !taken.Add(name); n++) name = $"{stem}~{n}";
            var warning = $"'{loser.EntryName}' was named '{name}' because another entry already produces '{loser.WantedName}'";
            items.Add(new BatchItem(name, loser.Source, loser.Shots, [warning]));
        }

        items.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return items;
    }

    private sealed record Candidate(string WantedName, string EntryName, string Source, IReadOnlyList<string> Shots);
}
