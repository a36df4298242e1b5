using System.Security.Cryptography;

namespace Mona.Sdk.IO;

/// <summary>The content hash Mona keys caches and manifests by: streaming SHA-256 of a file, lower-case hex.</summary>
public static class FileHash
{
    private const int BufferSize = 1 << 16;

    /// <summary>SHA-256 of the file's bytes, read once sequentially.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }
}
