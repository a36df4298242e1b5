namespace Mona.Engine.Batch;

/// <summary>
/// Builds items in <c>OUTPUT/.staging/&lt;name&gt;-&lt;12 hex&gt;/</c> and moves them into place
/// whole, so <c>OUTPUT/&lt;name&gt;/</c> only ever holds a complete result. A folder being replaced
/// is first renamed to <c>&lt;staging&gt;.old</c>, then deleted.
/// </summary>
public sealed class StagingArea
{
    private const int RandomLength = 12;
    private const string AsideSuffix = ".old";

    private readonly BatchLayout _layout;

    public StagingArea(BatchLayout layout) => _layout = layout;

    /// <summary>Creates an empty staging folder for an item.</summary>
    public string Create(string itemName)
    {
        var path = Path.Combine(_layout.StagingDirectory, $"{itemName}-{Guid.NewGuid().ToString("N")[..RandomLength]}");
        // Another shard may remove the empty staging root between our two mkdirs: try again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.CreateDirectory(path);
                return path;
            }
            catch (DirectoryNotFoundException) when (attempt < 3) { }
        }
    }

    /// <summary>
    /// Moves a finished staging folder to <paramref name="finalDirectory"/>. Each step is one
    /// rename; a crash between them leaves the item missing (redone on the next run), never mixed.
    /// </summary>
    public static void Promote(string stagingDirectory, string finalDirectory)
    {
        string? aside = null;
        if (Directory.Exists(finalDirectory))
        {
            aside = stagingDirectory + AsideSuffix;
            Directory.Move(finalDirectory, aside);
        }
        else if (File.Exists(finalDirectory))
        {
            throw new IOException($"'{finalDirectory}' is a file, not an item folder; remove it to let the item be written");
        }
        Directory.Move(stagingDirectory, finalDirectory);
        if (aside is not null) DeleteQuietly(aside);
    }

    /// <summary>Deletes a staging folder, tolerating its absence.</summary>
    public static void Discard(string directory) => DeleteQuietly(directory);

    /// <summary>
    /// Deletes what a killed run left in staging. A sharded run removes only folders of its own
    /// items, since other shards may be working in the same output folder right now.
    /// </summary>
    public void DeleteLeftovers()
    {
        if (!Directory.Exists(_layout.StagingDirectory)) return;
        foreach (var directory in Directory.EnumerateDirectories(_layout.StagingDirectory))
        {
            var itemName = ItemNameOf(Path.GetFileName(directory));
            if (!_layout.Shard.IsSharded || (itemName is not null && _layout.Shard.Contains(itemName)))
                DeleteQuietly(directory);
        }
        DeleteIfEmpty();
    }

    /// <summary>Removes the staging root when nothing is left in it.</summary>
    public void DeleteIfEmpty()
    {
        try
        {
            if (Directory.Exists(_layout.StagingDirectory) && !Directory.EnumerateFileSystemEntries(_layout.StagingDirectory).Any())
                Directory.Delete(_layout.StagingDirectory);
        }
        catch (IOException) { /* another shard just created an item there */ }
    }

    // "<name>-<12 hex>" or "<name>-<12 hex>.old" back to "<name>".
    private static string? ItemNameOf(string folderName)
    {
        if (folderName.EndsWith(AsideSuffix, StringComparison.Ordinal)) folderName = folderName[..^AsideSuffix.Length];
        var dash = folderName.Length - RandomLength - 1;
        return dash > 0 && folderName[dash] == '-' ? folderName[..dash] : null;
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException) { /* left for the next run's cleanup */ }
        catch (UnauthorizedAccessException) { }
    }
}
