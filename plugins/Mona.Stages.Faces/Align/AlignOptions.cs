using Mona.Imaging.Faces;
using Mona.Sdk.Parameters;

namespace Mona.Stages.Faces.Align;

/// <summary>The align stage's parameters.</summary>
/// <param name="Size">Side of the square crop: 256 or 512.</param>
/// <param name="Margin">Room around the tight face square, as a fraction of its side on each side (see <see cref="FaceTemplate"/>).</param>
internal sealed record AlignOptions(int Size, double Margin)
{
    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        ParameterSpec.Integer("size", "Side of the aligned square crop in pixels: 256 or 512.", 256, 256, 512),
        ParameterSpec.Number("margin", "Room around the tight brow-to-chin face square, as a fraction of its side added on each side (0.3 shows hair and chin).", 0.3, 0, 1),
    ];

    /// <exception cref="ArgumentException">size is neither 256 nor 512.</exception>
    public static AlignOptions From(StageParameters parameters)
    {
        var size = parameters.GetInt32("size");
        if (size is not (256 or 512)) throw new ArgumentException($"align: size must be 256 or 512, got {size}");
        return new AlignOptions(size, parameters.GetNumber("margin"));
    }
}
