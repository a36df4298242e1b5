using Mona.Sdk.Media;

namespace Mona.Stages.Sample;

/// <summary>
/// How much red, green and blue count towards brightness (luma): Y = r·R + g·G + b·B, with
/// r + g + b = 1. The weights are held in 16.16 fixed point so the per-pixel work is integer.
/// </summary>
/// <param name="Name">The name a pipeline file uses (<c>rec601</c>, <c>rec709</c>).</param>
/// <param name="Red">r × 65536.</param>
/// <param name="Green">g × 65536.</param>
/// <param name="Blue">b × 65536.</param>
public sealed record LumaWeights(string Name, int Red, int Green, int Blue)
{
    private const int One = 1 << 16;

    /// <summary>ITU-R BT.601 (standard-definition video, JPEG): 0.299, 0.587, 0.114.</summary>
    public static LumaWeights Rec601 { get; } = new("rec601", 19595, 38470, 7471);

    /// <summary>ITU-R BT.709 (HD video, sRGB primaries): 0.2126, 0.7152, 0.0722.</summary>
    public static LumaWeights Rec709 { get; } = new("rec709", 13933, 46871, 4732);

    /// <summary>The names <see cref="FromName"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [Rec601.Name, Rec709.Name];

    /// <summary>Looks weights up by their pipeline-file name.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="Names"/>.</exception>
    public static LumaWeights FromName(string name) => name switch
    {
        "rec601" => Rec601,
        "rec709" => Rec709,
        _ => throw new ArgumentException($"unknown luma weights '{name}'; expected one of {string.Join(", ", Names)}", nameof(name)),
    };

    /// <summary>Returns a new image whose three channels all hold the luma of <paramref name="image"/>.</summary>
    public RgbImage ToGray(RgbImage image)
    {
        var gray = new RgbImage(image.Width, image.Height);
        var source = image.Pixels;
        var target = gray.Pixels;
        for (var i = 0; i < source.Length; i += 3)
        {
            // The weights sum to 65536, so adding half of it and shifting rounds to the nearest 0..255.
            var y = (byte)((Red * source[i] + Green * source[i + 1] + Blue * source[i + 2] + One / 2) >> 16);
            target[i] = target[i + 1] = target[i + 2] = y;
        }
        return gray;
    }
}
