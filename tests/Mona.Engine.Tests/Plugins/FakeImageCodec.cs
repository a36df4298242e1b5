using System.Collections.Concurrent;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Plugins;

/// <summary>
/// An in-memory <see cref="IImageCodec"/>: decodes the images it was given per path and keeps what
/// is saved, so stage tests need neither files nor the SkiaSharp codec.
/// </summary>
internal sealed class FakeImageCodec : IImageCodec
{
    public Dictionary<string, RgbImage> Files { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, RgbImage> Saved { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Decoded { get; } = new();

    public RgbImage Decode(string path)
    {
        Decoded.Enqueue(path);
        return Files.TryGetValue(path, out var image)
            ? image
            : throw new ItemFailedException($"{path}: not an image (the file is empty)");
    }

    public void Save(RgbImage image, string path, int quality = 92) => Saved[path] = image;
}
