using System.Text;

namespace Mona.Sdk.IO;

/// <summary>
/// Writes a file so that readers (and a rerun after a crash) see the old content or the new one,
/// never a half-written file: write a temp file in the target's own folder (so the move is a rename
/// on one file system), flush it to disk, rename it over the target; the temp is deleted on failure.
/// </summary>
public static class AtomicFile
{
    // Temp files are named "<target name>.tmp-<12 hex>.tmp": the marker lets DeleteLeftoverTemps find
    // a killed run's leftovers, the suffix lets anyone see at a glance that the file is unfinished.
    private const string TempMarker = ".tmp-";

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        var temp = TempPathFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            Commit(temp, path);
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temp = TempPathFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            Commit(temp, path);
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    /// <summary>
    /// A fresh temp path beside <paramref name="path"/> (its folder is created), for a file another
    /// program writes; finish with <see cref="Commit"/> or <see cref="Discard"/>.
    /// </summary>
    public static string TempPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full + TempMarker + Guid.NewGuid().ToString("N")[..12] + ".tmp";
    }

    /// <summary>Moves the finished temp file over <paramref name="path"/>.</summary>
    public static void Commit(string tempPath, string path) => File.Move(tempPath, Path.GetFullPath(path), overwrite: true);

    /// <summary>Deletes a temp file; best effort, as a leftover is named as one and removed by <see cref="DeleteLeftoverTemps"/>.</summary>
    public static void Discard(string tempPath)
    {
        try { File.Delete(tempPath); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Deletes temp files a killed process left beside <paramref name="path"/>.</summary>
    public static void DeleteLeftoverTemps(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory)) return;
        foreach (var temp in Directory.EnumerateFiles(directory, Path.GetFileName(full) + TempMarker + "*"))
            Discard(temp);
    }
}
