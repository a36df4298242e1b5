using Mona.Imaging;

namespace Mona.Stages.Faces.Shared;

/// <summary>
/// The facial parts of the 68-point scheme and the colour each is drawn in, the way Zakharov et
/// al. rasterise landmarks: one polyline per part, eyes and lips closed, each part its own colour.
/// </summary>
internal static class FacePalette
{
    /// <summary>One part: its first landmark, how many follow, whether the polyline closes, and its colour.</summary>
    public sealed record Part(string Name, int First, int Count, bool Closed, Rgb Colour);

    public static IReadOnlyList<Part> Parts { get; } =
    [
        new("jaw", 0, 17, false, new Rgb(255, 255, 255)),
        new("right eyebrow", 17, 5, false, new Rgb(255, 0, 0)),
        new("left eyebrow", 22, 5, false, new Rgb(255, 128, 0)),
        new("nose bridge", 27, 4, false, new Rgb(255, 255, 0)),
        new("lower nose", 31, 5, false, new Rgb(0, 255, 0)),
        new("right eye", 36, 6, true, new Rgb(0, 255, 255)),
        new("left eye", 42, 6, true, new Rgb(0, 0, 255)),
        new("outer lips", 48, 12, true, new Rgb(255, 0, 255)),
        new("inner lips", 60, 8, true, new Rgb(128, 0, 255)),
    ];
}
