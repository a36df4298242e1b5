
namespace Mona.Imaging.Faces;

/// <summary>
/// The facial parts of the 68-point scheme and the colour each is drawn in, the way Zakharov et
/// al. rasterise landmarks: one polyline per part, eyes and lips closed, each part its own colour.
/// </summary>
public static class FacePalette
{
    public static IReadOnlyList<FacePart> Parts { get; } =
    [
        new FacePart("jaw", 0, 17, false, new Rgb(255, 255, 255)),
        new FacePart("right eyebrow", 17, 5, false, new Rgb(255, 0, 0)),
        new FacePart("left eyebrow", 22, 5, false, new Rgb(255, 128, 0)),
        new FacePart("nose bridge", 27, 4, false, new Rgb(255, 255, 0)),
        new FacePart("lower nose", 31, 5, false, new Rgb(0, 255, 0)),
        new FacePart("right eye", 36, 6, true, new Rgb(0, 255, 255)),
        new FacePart("left eye", 42, 6, true, new Rgb(0, 0, 255)),
        new FacePart("outer lips", 48, 12, true, new Rgb(255, 0, 255)),
        new FacePart("inner lips", 60, 8, true, new Rgb(128, 0, 255)),
    ];
}
