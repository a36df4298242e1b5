using System.Collections;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Engine.Batch;

/// <summary>
/// <see cref="Artifacts.Images"/> as the host provides it: each shot is decoded on first access
/// and kept for the item's life, so a pipeline whose stages never look at pixels never decodes.
/// Decoding errors surface as the codec's <see cref="ItemFailedException"/>, in the stage that asked.
/// </summary>
internal sealed class LazyDecodedImages : IReadOnlyList<RgbImage>
{
    private readonly Lazy<RgbImage>[] _images;

    public LazyDecodedImages(IReadOnlyList<string> shots, IImageCodec? codec)
    {
        _images = shots
            .Select(shot => new Lazy<RgbImage>(() => Decode(codec, shot), LazyThreadSafetyMode.ExecutionAndPublication))
            .ToArray();
    }

    public int Count => _images.Length;

    public RgbImage this[int index] => _images[index].Value;

    public IEnumerator<RgbImage> GetEnumerator() => _images.Select(image => image.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static RgbImage Decode(IImageCodec? codec, string shot) =>
        codec is null
            ? throw new InvalidOperationException($"no image codec is registered to decode '{shot}' (the host must add its media services)")
            : codec.Decode(shot);
}
