using System.Numerics;
using Mona.Imaging;
using Mona.Imaging.Faces;
using Mona.Nn.Faces;
using Mona.Reenact.Tracking;
using Mona.Sdk.IO;
using Mona.Sdk.Media;

namespace Mona.Training.Clips;

/// <summary>
/// Turns a talking-face clip into a <see cref="PreparedClip"/>: the face is tracked through the
/// clip (the generate stage's tracker, its track cached too), one crop per clip is fitted
/// (<see cref="ClipAlignment"/>), every frame with a face is resampled into it and its landmarks
/// drawn as the align stage draws them (<see cref="LandmarkRasterizer"/>). Later runs read the cache.
/// </summary>
public sealed class ClipPreparer
{
    private readonly FaceModels _models;
    private readonly IVideoReader _reader;
    private readonly ClipCropOptions _options;
    private readonly TrackerOptions _tracker;
    private readonly string _cacheFolder;

    public ClipPreparer(FaceModels models, IVideoReader reader, ClipCropOptions options, string cacheFolder, TrackerOptions? tracker = null)
    {
        options.Validate();
        _models = models;
        _reader = reader;
        _options = options;
        _cacheFolder = cacheFolder;
        _tracker = tracker ?? new TrackerOptions();
    }

    /// <summary>The prepared clip, from the cache when it holds one for these bytes and options.</summary>
    /// <exception cref="InvalidDataException">The clip cannot be decoded or has fewer than two frames with a face.</exception>
    public async Task<(PreparedClip Clip, bool FromCache)> LoadOrPrepareAsync(string clipPath, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileNameWithoutExtension(clipPath);
        var hash = await FileHash.Sha256Async(clipPath, cancellationToken).ConfigureAwait(false);
        if (PreparedClip.TryLoad(_cacheFolder, name, hash, _options, _tracker.Fingerprint) is { } cached) return (cached, true);
        var clip = await PrepareAsync(clipPath, name, hash, cancellationToken).ConfigureAwait(false);
        clip.Save(_cacheFolder, _options);
        return (clip, false);
    }

    private async Task<PreparedClip> PrepareAsync(string clipPath, string name, string hash, CancellationToken cancellationToken)
    {
        var (track, _) = await new DrivingExtractor(_models, _reader, _tracker)
            .LoadOrExtractAsync(clipPath, hash, _cacheFolder, null, cancellationToken).ConfigureAwait(false);
        var faces = track.Landmarks();
        var kept = Enumerable.Range(0, faces.Length).Where(i => faces[i] is not null).ToList();
        if (kept.Count < 2)
            throw new InvalidDataException($"{clipPath}: a face was found in only {kept.Count} of {faces.Length} frames; a training clip needs at least 2");
        var fine = _options.Size * _options.Supersample;
        var imageToFine = ClipAlignment.ImageToCrop([.. kept.Select(i => faces[i]!)], fine, _options.Margin);
        var fineToImage = imageToFine.Inverse();
        var image = 3 * _options.Size * _options.Size;
        var pixels = new byte[(long)kept.Count * 2 * image];
        var landmarks = new List<float[]>(kept.Count);
        var frameIndex = 0;
        var next = 0;
        await foreach (var frame in _reader.ReadFramesAsync(clipPath, cancellationToken).ConfigureAwait(false))
        {
            if (next < kept.Count && kept[next] == frameIndex)
            {
                var crop = ImageGeometry.Shrink(AffineWarp.Warp(frame, fineToImage, fine, fine), _options.Supersample);
                var points = faces[frameIndex]!.Select(p => ToCrop(imageToFine.Apply(p))).ToArray();
                crop.Pixels.AsSpan(0, image).CopyTo(pixels.AsSpan((int)((long)next * 2 * image), image));
                LandmarkRasterizer.Draw(points, _options.Size).Pixels.AsSpan(0, image).CopyTo(pixels.AsSpan((int)((long)(next * 2 + 1) * image), image));
                landmarks.Add(DrivingTrack.Pack(points));
                next++;
            }
            frameIndex++;
        }
        if (next != kept.Count)
            throw new InvalidDataException($"{clipPath}: the second decode gave {frameIndex} frames, the track has {faces.Length}");
        var header = new PreparedClipHeader(PreparedClipHeader.CurrentFormat, hash, _options.Fingerprint, _tracker.Fingerprint, faces.Length, kept, landmarks);
        return new PreparedClip(name, _options.Size, header, pixels);
    }

    /// <summary>From the supersampled grid to the crop: pixel centres sit at integers, and s fine pixels make one.</summary>
    private Vector2 ToCrop(Vector2 fine) => (fine + new Vector2(0.5f)) / _options.Supersample - new Vector2(0.5f);
}
