using System.Diagnostics;

namespace Mona.Training.Data;

/// <summary>
/// Decoded, cropped frames of one clip and their landmark images, cached on disk after the first
/// pass. Frames are the centred square crop of each video frame scaled to S×S (ffmpeg does the
/// decode, crop and scale), stored as interleaved RGB bytes: <c>{cache}/{clip}-{S}.rgb</c> and
/// <c>{cache}/{clip}-{S}.landmarks.rgb</c>, written atomically.
/// <para>Landmark images: the face landmark network (branch <c>faces</c>,
/// <c>FaceModels.Load(dir, compute).Landmarks</c>) had not been merged when this was written, so
/// the landmark image is a documented stand-in: the Sobel edge magnitude of the cropped frame's
/// grey levels, in all three channels. It carries the pose and expression as a landmark sketch
/// does (and more texture than one); replace <see cref="StandInLandmarks"/> once the landmark API
/// lands.</para>
/// </summary>
public sealed class ClipFrameCache
{
    private ClipFrameCache(string name, int size, byte[] frames, byte[] landmarks)
    {
        Name = name;
        Size = size;
        _frames = frames;
        _landmarks = landmarks;
        Count = frames.Length / (3 * size * size);
    }

    private readonly byte[] _frames;
    private readonly byte[] _landmarks;

    public string Name { get; }

    public int Size { get; }

    public int Count { get; }

    /// <summary>Loads the clip's cache, decoding the clip with ffmpeg first if there is none.</summary>
    public static ClipFrameCache Load(string clipPath, int size, string cacheDirectory)
    {
        Directory.CreateDirectory(cacheDirectory);
        var name = Path.GetFileNameWithoutExtension(clipPath);
        var framesPath = Path.Combine(cacheDirectory, $"{name}-{size}.rgb");
        var landmarksPath = Path.Combine(cacheDirectory, $"{name}-{size}.landmarks.rgb");
        if (!File.Exists(framesPath) || !File.Exists(landmarksPath))
        {
            var decoded = Decode(clipPath, size);
            if (decoded.Length == 0) throw new InvalidDataException($"{clipPath}: ffmpeg produced no frames");
            WriteAtomic(landmarksPath, StandInLandmarks(decoded, size));
            WriteAtomic(framesPath, decoded);
        }
        return new ClipFrameCache(name, size, File.ReadAllBytes(framesPath), File.ReadAllBytes(landmarksPath));
    }

    /// <summary>Frame <paramref name="index"/> as planar 3×S×S floats in [0, 1].</summary>
    public float[] Frame(int index) => Planar(_frames, index);

    public float[] Landmarks(int index) => Planar(_landmarks, index);

    private float[] Planar(byte[] source, int index)
    {
        var plane = Size * Size;
        var result = new float[3 * plane];
        var offset = index * 3 * plane;
        for (var p = 0; p < plane; p++)
        for (var c = 0; c < 3; c++)
            result[c * plane + p] = source[offset + 3 * p + c] / 255f;
        return result;
    }

    private static byte[] Decode(string clipPath, int size)
    {
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-v", "error", "-i", clipPath, "-an",
                     "-vf", $"crop='min(iw,ih)':'min(iw,ih)',scale={size}:{size}:flags=area",
                     "-f", "rawvideo", "-pix_fmt", "rgb24", "-",
                 })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start ffmpeg");
        var error = process.StandardError.ReadToEndAsync();
        using var buffer = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(buffer);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidDataException($"{clipPath}: ffmpeg failed: {error.Result.Trim()}");
        return buffer.ToArray();
    }

    /// <summary>Sobel edge magnitude of the grey image, ×2 and clamped to a byte, in all three channels.</summary>
    internal static byte[] StandInLandmarks(byte[] frames, int size)
    {
        var plane = size * size;
        var result = new byte[frames.Length];
        var grey = new float[plane];
        for (var f = 0; f < frames.Length / (3 * plane); f++)
        {
            var offset = f * 3 * plane;
            for (var p = 0; p < plane; p++)
                grey[p] = (frames[offset + 3 * p] + frames[offset + 3 * p + 1] + frames[offset + 3 * p + 2]) / 3f;
            for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                float At(int dy, int dx) => grey[Math.Clamp(y + dy, 0, size - 1) * size + Math.Clamp(x + dx, 0, size - 1)];
                var gx = At(-1, 1) + 2 * At(0, 1) + At(1, 1) - At(-1, -1) - 2 * At(0, -1) - At(1, -1);
                var gy = At(1, -1) + 2 * At(1, 0) + At(1, 1) - At(-1, -1) - 2 * At(-1, 0) - At(-1, 1);
                var value = (byte)Math.Min(255f, MathF.Sqrt(gx * gx + gy * gy) * 0.5f);
                var at = offset + 3 * (y * size + x);
                result[at] = result[at + 1] = result[at + 2] = value;
            }
        }
        return result;
    }

    private static void WriteAtomic(string path, byte[] data)
    {
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temp, data);
        File.Move(temp, path, overwrite: true);
    }
}
