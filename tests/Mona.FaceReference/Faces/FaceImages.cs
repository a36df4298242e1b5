namespace Mona.Nn.Tests.Faces;

/// <summary>
/// The real images both face implementations run on: the 11 portraits of <c>../shared/data</c>,
/// the first frame of two clips, and face-api's 6 multi-face demo photos. Each is decoded once by
/// ffmpeg to raw RGB, which both sides read, so neither depends on its own decoder.
/// </summary>
public static class FaceImages
{
    /// <summary>The clips whose frame 0 is used (one face each, different people and lighting).</summary>
    public static readonly IReadOnlyList<string> Clips = ["d3.mp4", "s18.mp4"];

    /// <summary>Portraits, then clip frames, then demo photos, each group in file-name order.</summary>
    /// <param name="sharedData">The development data folder (<c>../shared/data</c>).</param>
    /// <param name="faceApiModels">face-api's model folder; the demo photos sit beside it in <c>demo/</c>.</param>
    public static IReadOnlyList<FaceImageSource> Sources(string sharedData, string faceApiModels)
    {
        var demo = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(faceApiModels))!, "demo");
        return Directory.GetFiles(Path.Combine(sharedData, "portraits"), "*.jpg").Order(StringComparer.Ordinal)
            .Select(path => new FaceImageSource(Path.GetFileName(path), path))
            .Concat(Clips.Select(clip => new FaceImageSource($"{clip}#0", Path.Combine(sharedData, "clips", clip))))
            .Concat(Directory.GetFiles(demo, "sample*.jpg").Order(StringComparer.Ordinal)
                .Select(path => new FaceImageSource(Path.GetFileName(path), path)))
            .ToList();
    }

    /// <summary>Decodes every source into <paramref name="workDirectory"/> (<c>NN.rgb</c>, in order).</summary>
    public static List<ParityImage> DecodeAll(IEnumerable<FaceImageSource> sources, string workDirectory) =>
        sources.Select((source, i) => Decode(source, Path.Combine(workDirectory, $"{i:D2}.rgb"))).ToList();

    /// <summary>ffmpeg decodes the image (or a clip's first frame) to rgb24; ffprobe gives its size.</summary>
    public static ParityImage Decode(FaceImageSource source, string rawPath)
    {
        var size = Tools.Run("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height", "-of", "csv=p=0", source.Path])
            .Trim().Split(',');
        int width = int.Parse(size[0]), height = int.Parse(size[1]);
        Tools.Run("ffmpeg", ["-v", "error", "-y", "-i", source.Path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", rawPath]);
        var pixels = File.ReadAllBytes(rawPath);
        if (pixels.Length != width * height * 3)
            throw new InvalidDataException($"{source.Path}: ffmpeg wrote {pixels.Length} bytes, expected {width}×{height}×3");
        return new ParityImage(source.Name, new Mona.Sdk.Media.RgbImage(width, height, pixels), rawPath);
    }
}
