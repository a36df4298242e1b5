namespace Mona.Media;

/// <summary>Temp-file naming and the final rename that make outputs appear whole or not at all.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// A hidden temp path in the destination's own folder (so the final move is a rename on one
    /// file system), keeping the extension so tools that look at it still recognise the format.
    /// </summary>
    public static string TempPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.partial{Path.GetExtension(full)}");
    }

    /// <summary>Moves the finished temp file over the destination.</summary>
    public static void Commit(string tempPath, string path) => File.Move(tempPath, Path.GetFullPath(path), overwrite: true);

    /// <summary>Deletes a temp file, ignoring one that is already gone.</summary>
    public static void Discard(string tempPath)
    {
        try
        {
            File.Delete(tempPath);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden .partial file is harmless and named as such.
        }
    }
}
