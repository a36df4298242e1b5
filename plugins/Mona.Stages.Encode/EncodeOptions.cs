using Mona.Sdk.Parameters;

namespace Mona.Stages.Encode;

/// <summary>The encode stage's parameters, bound once from the pipeline file.</summary>
/// <param name="Formats">Outputs to write: <c>mp4</c>, <c>gif</c>, <c>png</c> (a numbered frame sequence).</param>
/// <param name="FileName">Base name of the video files, without extension.</param>
/// <param name="Crf">H.264 constant rate factor (0 lossless, 18 visually lossless, 51 worst).</param>
/// <param name="GifWidth">Width of the GIF; its height follows the aspect ratio.</param>
public sealed record EncodeOptions(IReadOnlyList<string> Formats, string FileName, int Crf, int GifWidth)
{
    public const string Mp4 = "mp4";
    public const string Gif = "gif";
    public const string Png = "png";

    /// <summary>The parameter declarations the host validates pipeline files against.</summary>
    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        ParameterSpec.Choices("formats", "Outputs to write: mp4 (H.264 with the driving audio), gif, png (numbered frames).", [Mp4], Mp4, Gif, Png),
        ParameterSpec.Text("file_name", "Base name of the output videos, without extension.", "result") with { Pattern = @"[A-Za-z0-9][A-Za-z0-9._-]*" },
        ParameterSpec.Integer("crf", "H.264 quality: 0 is lossless, 18 visually lossless, 51 the worst.", 18, 0, 51),
        ParameterSpec.Integer("gif_width", "Width of the GIF in pixels; the height keeps the aspect ratio.", 320, 16, 4096),
    ];

    /// <summary>Reads validated parameters.</summary>
    /// <exception cref="ArgumentException">No format was asked for.</exception>
    public static EncodeOptions From(StageParameters parameters)
    {
        var formats = parameters.GetStringList("formats").Distinct(StringComparer.Ordinal).ToArray();
        if (formats.Length == 0) throw new ArgumentException("encode: 'formats' must name at least one of mp4, gif, png");
        return new EncodeOptions(formats, parameters.GetString("file_name"), parameters.GetInt32("crf"), parameters.GetInt32("gif_width"));
    }
}
