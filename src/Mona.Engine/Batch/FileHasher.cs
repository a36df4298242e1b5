using System.Collections.Concurrent;
using Mona.Sdk.IO;

namespace Mona.Engine.Batch;

/// <summary>
/// Streaming SHA-256 of files, remembered for the run: the driving video is shared by every item
/// and must be read once, not once per item. A cached hash is reused only while the file's size
/// and write time are unchanged.
/// </summary>
public sealed class FileHasher
{
    private readonly ConcurrentDictionary<string, CachedHash> _cache = new(StringComparer.Ordinal);

    /// <summary>The lower-case hex SHA-256 of a file's content, from the cache when still valid.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (!info.Exists) throw new FileNotFoundException($"'{full}' does not exist", full);
        var stamp = (info.Length, info.LastWriteTimeUtc);
        var cached = _cache.AddOrUpdate(
            full,
            p => new CachedHash(stamp, FileHash.Sha256Async(p, CancellationToken.None)),
            (p, old) => old.Stamp == stamp ? old : new CachedHash(stamp, FileHash.Sha256Async(p, CancellationToken.None)));
        return await cached.Hash.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record CachedHash((long Length, DateTime WriteTime) Stamp, Task<string> Hash);
}
