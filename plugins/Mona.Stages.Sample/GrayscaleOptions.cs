using Mona.Sdk.Parameters;

namespace Mona.Stages.Sample;

/// <summary>The <c>grayscale</c> stage's settings, bound once per run from the pipeline file.</summary>
/// <param name="Weights">How red, green and blue are mixed into brightness.</param>
/// <param name="OutputFileName">
/// The file written into the item's output folder (its extension picks the format). An item with
/// several shots gets one file per shot, numbered from 1 before the extension.
/// </param>
public sealed record GrayscaleOptions(LumaWeights Weights, string OutputFileName)
{
    /// <summary>The pipeline-file key of <see cref="Weights"/>.</summary>
    public const string WeightsKey = "weights";

    /// <summary>The pipeline-file key of <see cref="OutputFileName"/>.</summary>
    public const string OutputKey = "output";

    /// <summary>What a pipeline file may set, with defaults and allowed values; the host validates against it.</summary>
    public static IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice(WeightsKey, "Luma weights: rec601 (JPEG, SD video) or rec709 (HD video, sRGB).", "rec601", [.. LumaWeights.Names]),
        ParameterSpec.Text(OutputKey, "Name of the grayscale image in the item's output folder (.png, .jpg or .webp).", "grayscale.png")
            with { Pattern = @"[A-Za-z0-9][A-Za-z0-9._-]*\.(png|jpg|jpeg|webp)" },
    ];

    /// <summary>Binds the options from parameters the host has already validated and defaulted.</summary>
    public static GrayscaleOptions From(StageParameters parameters) =>
        new(LumaWeights.FromName(parameters.GetString(WeightsKey)), parameters.GetString(OutputKey));

    /// <summary>The file name for shot <paramref name="index"/> of <paramref name="shotCount"/>.</summary>
    public string FileNameFor(int index, int shotCount) => shotCount == 1
        ? OutputFileName
        : $"{Path.GetFileNameWithoutExtension(OutputFileName)}-{index + 1}{Path.GetExtension(OutputFileName)}";
}
