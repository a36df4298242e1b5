using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Batch.Fakes;

/// <summary>
/// A stand-in image codec: a "picture" is a text file "W H"; anything else fails like a corrupt
/// image. Counts decodes, so tests can tell the host decodes lazily.
/// </summary>
internal sealed class CountingCodec : IImageCodec
{
    private int _decodes;

    public int Decodes => Volatile.Read(ref _decodes);

    public RgbImage Decode(string path)
    {
        Interlocked.Increment(ref _decodes);
        var parts = File.ReadAllText(path).Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var width) || !int.TryParse(parts[1], out var height))
            throw new ItemFailedException($"{path}: not an image");
        return new RgbImage(width, height);
    }

    public void Save(RgbImage image, string path, int quality = 92) =>
        File.WriteAllText(path, $"{image.Width} {image.Height}");
}
