using System.Numerics;
using System.Text.Json;
using Mona.Reenact.Tracking;
using Mona.Sdk.IO;

namespace Mona.Training.Clips;

/// <summary>
/// A clip ready for training: for each frame with a face, the S×S crop and its landmark image
/// (interleaved RGB bytes), and the landmarks in crop pixels. On disk as two files written
/// atomically, pixels first: <c>NAME-HASH-OPTIONS.rgb</c> and <c>NAME-HASH-OPTIONS.json</c>
/// (the header's presence marks a complete entry).
/// </summary>
public sealed class PreparedClip
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly byte[] _pixels;

    internal PreparedClip(string name, int size, PreparedClipHeader header, byte[] pixels)
    {
        var expected = (long)header.SourceFrames.Count * 2 * 3 * size * size;
        if (pixels.Length != expected)
            throw new InvalidDataException($"{name}: cached pixels hold {pixels.Length} bytes, expected {expected}");
        Name = name;
        Size = size;
        Header = header;
        _pixels = pixels;
    }

    /// <summary>The clip's file name without extension.</summary>
    public string Name { get; }

    /// <summary>Side of the crops.</summary>
    public int Size { get; }

    /// <summary>What the clip was prepared from, and its landmarks.</summary>
    public PreparedClipHeader Header { get; }

    /// <summary>Frames kept (those with a face).</summary>
    public int Count => Header.SourceFrames.Count;

    /// <summary>Kept frame <paramref name="index"/> as planar 3×S×S floats in [0, 1].</summary>
    public float[] Frame(int index) => Planar(2 * index);

    /// <summary>The landmark image of kept frame <paramref name="index"/>, planar, in [0, 1].</summary>
    public float[] LandmarkImage(int index) => Planar(2 * index + 1);

    /// <summary>The 68 landmarks of kept frame <paramref name="index"/>, in crop pixels.</summary>
    public Vector2[] Landmarks(int index) => DrivingTrack.Unpack(Header.Landmarks[index]);

    /// <summary>The two cache paths for a clip in <paramref name="folder"/>.</summary>
    public static (string Header, string Pixels) CachePaths(string folder, string name, string contentHash, ClipCropOptions options)
    {
        var stem = Path.Combine(folder, $"{name}-{contentHash[..12]}-{options.Fingerprint}");
        return (stem + ".json", stem + ".rgb");
    }

    /// <summary>The cached clip, or null when it is missing, from other inputs, or damaged (it is then prepared again).</summary>
    public static PreparedClip? TryLoad(string folder, string name, string contentHash, ClipCropOptions options, string tracker)
    {
        var (headerPath, pixelsPath) = CachePaths(folder, name, contentHash, options);
        if (!File.Exists(headerPath) || !File.Exists(pixelsPath)) return null;
        try
        {
            var header = JsonSerializer.Deserialize<PreparedClipHeader>(File.ReadAllBytes(headerPath), Json);
            if (header is null || header.Format != PreparedClipHeader.CurrentFormat || header.ContentHash != contentHash
                || header.Options != options.Fingerprint || header.Tracker != tracker) return null;
            return new PreparedClip(name, options.Size, header, File.ReadAllBytes(pixelsPath));
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry: pixels, then header, each through a temp file and a rename.</summary>
    public void Save(string folder, ClipCropOptions options)
    {
        Directory.CreateDirectory(folder);
        var (headerPath, pixelsPath) = CachePaths(folder, Name, Header.ContentHash, options);
        AtomicFile.WriteAllBytes(pixelsPath, _pixels);
        AtomicFile.WriteAllBytes(headerPath, JsonSerializer.SerializeToUtf8Bytes(Header, Json));
    }

    private float[] Planar(int image)
    {
        var plane = Size * Size;
        var result = new float[3 * plane];
        var offset = (long)image * 3 * plane;
        for (var p = 0; p < plane; p++)
        for (var c = 0; c < 3; c++)
            result[c * plane + p] = _pixels[offset + 3 * p + c] / 255f;
        return result;
    }
}
