using System.Security.Cryptography;
using System.Text.Json;
using Mona.Nn.Faces;
using Mona.Sdk.IO;
using Mona.Sdk.Media;

namespace Mona.Reenact.Tracking;

/// <summary>
/// Tracks the face of a driving video frame by frame (streamed: one decoded frame at a time) and
/// caches the raw track as <c>driving-HASH.json</c> in a cache folder, keyed by the video's
/// content and the tracker options, so a batch of portraits tracks each driving video once.
/// </summary>
public sealed class DrivingExtractor
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly FaceModels _models;
    private readonly IVideoReader _reader;
    private readonly TrackerOptions _options;

    public DrivingExtractor(FaceModels models, IVideoReader reader, TrackerOptions? options = null)
    {
        _models = models;
        _reader = reader;
        _options = options ?? new TrackerOptions();
    }

    /// <summary>The track of <paramref name="videoPath"/>: from the cache when present, otherwise tracked and cached.</summary>
    /// <param name="videoPath">The driving video.</param>
    /// <param name="cacheFolder">Where cached tracks live (e.g. <c>OUTPUT/.mona</c>); null to skip caching.</param>
    /// <param name="maxFrames">Track at most this many frames (evaluation's quick runs); null for all.</param>
    /// <param name="cancellationToken">Stops decoding.</param>
    public async Task<(DrivingTrack Track, bool FromCache)> LoadOrExtractAsync(string videoPath, string? cacheFolder, int? maxFrames, CancellationToken cancellationToken) =>
        await LoadOrExtractAsync(videoPath, await FileHash.Sha256Async(videoPath, cancellationToken).ConfigureAwait(false), cacheFolder, maxFrames, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>As <see cref="LoadOrExtractAsync(string, string?, int?, CancellationToken)"/>, for a caller that already hashed the video.</summary>
    /// <param name="videoPath">The driving video.</param>
    /// <param name="hash">The video's <see cref="FileHash.Sha256Async"/>.</param>
    /// <param name="cacheFolder">Where cached tracks live; null to skip caching.</param>
    /// <param name="maxFrames">Track at most this many frames; null for all.</param>
    /// <param name="cancellationToken">Stops decoding.</param>
    public async Task<(DrivingTrack Track, bool FromCache)> LoadOrExtractAsync(string videoPath, string hash, string? cacheFolder, int? maxFrames,
        CancellationToken cancellationToken)
    {
        var cachePath = cacheFolder is null ? null : Path.Combine(cacheFolder, CacheFileName(hash, maxFrames));
        if (cachePath is not null && TryRead(cachePath, hash) is { } cached) return (cached, true);
        var track = await ExtractAsync(videoPath, hash, maxFrames, cancellationToken).ConfigureAwait(false);
        if (cachePath is not null) Write(cachePath, track);
        return (track, false);
    }

    /// <summary>Tracks every frame (or the first <paramref name="maxFrames"/>) of the video.</summary>
    public async Task<DrivingTrack> ExtractAsync(string videoPath, string contentHash, int? maxFrames, CancellationToken cancellationToken)
    {
        var info = _reader.Probe(videoPath);
        var tracker = new FaceTracker(_models, _options);
        var frames = new List<float[]?>((int)Math.Min(info.FrameCount > 0 ? info.FrameCount : 256, maxFrames ?? int.MaxValue));
        await foreach (var frame in _reader.ReadFramesAsync(videoPath, cancellationToken).ConfigureAwait(false))
        {
            if (frames.Count >= maxFrames) break;
            frames.Add(tracker.Track(frame) is { } landmarks ? DrivingTrack.Pack(landmarks) : null);
        }
        if (frames.Count == 0) throw new InvalidDataException($"driving video {videoPath} has no frames");
        return new DrivingTrack(contentHash, info.Width, info.Height, info.FrameRate.Numerator, info.FrameRate.Denominator,
            info.HasAudio, _options.Fingerprint, frames, tracker.Statistics);
    }

    private string CacheFileName(string hash, int? maxFrames)
    {
        var options = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_options.Fingerprint)))[..8];
        return $"driving-{hash[..16]}-{options}{(maxFrames is { } n ? $"-first{n}" : "")}.json";
    }

    private DrivingTrack? TryRead(string path, string hash)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var track = JsonSerializer.Deserialize<DrivingTrack>(File.ReadAllBytes(path), Json);
            return track is not null && track.ContentHash == hash && track.Tracker == _options.Fingerprint ? track : null;
        }
        catch (JsonException)
        {
            return null; // a damaged cache entry is rebuilt
        }
    }

    /// <summary>Writes through a temp file and a rename, so a reader never sees half a track.</summary>
    private static void Write(string path, DrivingTrack track)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(track, Json));
        File.Move(temp, path, overwrite: true);
    }
}
