using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Stages.Faces.Shared;

/// <summary>An item's decoded shots: the host's lazily decoded <see cref="Artifacts.Images"/>, else decoded here.</summary>
internal static class ShotImages
{
    public static IReadOnlyList<RgbImage> Of(WorkItem item, IImageCodec codec)
    {
        if (item.TryGet(Artifacts.Images, out var images)) return images;
        return [.. item.Shots.Select(codec.Decode)];
    }
}
