namespace Mona.Engine.Batch;

/// <summary>
/// Writes a file so that readers (and a rerun after a crash) see the old content or the new one,
/// never a half-written file: write a sibling temp file, flush it to disk, rename it over.
/// </summary>
public static class AtomicFile
{
    private const string TempMarker = ".tmp-";

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = path + TempMarker + Guid.NewGuid().ToString("N")[..12];
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Deletes temp files a killed process left beside <paramref name="path"/>.</summary>
    public static void DeleteLeftoverTemps(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory)) return;
        foreach (var temp in Directory.EnumerateFiles(directory, Path.GetFileName(path) + TempMarker + "*"))
            TryDelete(temp);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* best effort: the next run removes it */ }
        catch (UnauthorizedAccessException) { }
    }
}
