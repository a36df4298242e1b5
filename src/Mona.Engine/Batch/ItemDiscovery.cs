namespace Mona.Engine.Batch;

/// <summary>
/// Turns an input folder into work items: one per image file (jpg, jpeg, png, webp, bmp, any case)
/// directly in the folder, named by the file name without extension, and one per subfolder that
/// holds image files, named by the folder, with those files as its shots (deeper folders are not
/// looked into). Hidden entries (a leading dot or the hidden attribute) and other files are
/// ignored; the output folder is never an item. This is what <c>mona validate</c> counts.
/// </summary>
/// <remarks>
/// Names are compared ignoring case, so that outputs do not clash on case-insensitive file
/// systems. When several entries want the same name, the one whose own file or folder name sorts
/// first (ordinal) keeps it (a folder <c>a</c> sorts before <c>a.jpg</c>, which sorts before
/// <c>a.png</c>); each other one is named by its full file name with dots turned into underscores
/// (<c>a.png</c> becomes <c>a_png</c>), followed by <c>~2</c>, <c>~3</c>... if that is taken too.
/// The renamed item carries a warning saying so. Names of the runner's own files
/// (<c>report*.json</c>) are never given to an item. Items are returned sorted by name (ordinal), so
/// every run, shard and machine sees the same list.
/// </remarks>
public static class ItemDiscovery
{
    /// <summary>The file extensions taken as portraits (any case).</summary>
    public static IReadOnlySet<string> ImageExtensions { get; } =
        new HashSet<string>([".jpg", ".jpeg", ".png", ".webp", ".bmp"], StringComparer.OrdinalIgnoreCase);

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
                var shots = ShotsOf(folder);
                if (shots.Count > 0) candidates.Add(new Candidate(folder.Name, folder.Name, folder.FullName, shots, IsFolder: true));
            }
            else if (IsImageFile(entry.Name))
            {
                candidates.Add(new Candidate(Path.GetFileNameWithoutExtension(entry.Name), entry.Name, entry.FullName, [entry.FullName], IsFolder: false));
            }
        }
        return AssignNames(candidates);
    }

    /// <summary>Visible subfolders of <paramref name="inputDirectory"/> that hold no image file, so are no item (worth a warning: a person folder of unsupported files).</summary>
    public static IReadOnlyList<string> FoldersWithoutImages(string inputDirectory, string? excludedDirectory = null)
    {
        var excluded = excludedDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(excludedDirectory));
        return new DirectoryInfo(inputDirectory).EnumerateDirectories()
            .Where(folder => !IsHidden(folder) && folder.FullName != excluded && ShotsOf(folder).Count == 0)
            .Select(folder => folder.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();
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
            if (IsReserved(group.Key))
            {
                losers.AddRange(ordered);
                continue;
            }
            taken.Add(ordered[0].WantedName);
            items.Add(ordered[0].ToItem(ordered[0].WantedName, []));
            losers.AddRange(ordered.Skip(1));
        }

        foreach (var loser in losers.OrderBy(c => c.EntryName, StringComparer.Ordinal))
        {
            var stem = loser.EntryName.Replace('.', '_');
            var name = stem;
            for (var n = 2; IsReserved(name) || !taken.Add(name); n++) name = $"{stem}~{n}";
            var why = IsReserved(loser.WantedName) ? "the runner's report uses that name" : "another entry already produces that name";
            items.Add(loser.ToItem(name, [$"'{loser.EntryName}' was named '{name}' instead of '{loser.WantedName}': {why}"]));
        }

        items.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return items;
    }

    // The runner's own files sit beside the item folders: report.json, report.shard-0-of-2.json.
    private static bool IsReserved(string name) =>
        name.StartsWith("report", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private sealed record Candidate(string WantedName, string EntryName, string Source, IReadOnlyList<string> Shots, bool IsFolder)
    {
        public BatchItem ToItem(string name, IReadOnlyList<string> warnings) => new(name, Source, Shots, IsFolder, warnings);
    }
}
