using Mona.Sdk.Parameters;

namespace Mona.Stages.Faces.Detect;

/// <summary>The detect stage's parameters, bound once from the pipeline file.</summary>
/// <param name="Model">ssd_mobilenet_v1 (accurate) or tiny_face_detector (fast).</param>
/// <param name="MinScore">Lowest detector score kept.</param>
/// <param name="InputSize">The tiny detector's input side (a multiple of 32); SSD always uses 512.</param>
/// <param name="Policy">Which faces of a shot are kept.</param>
/// <param name="Reference">The reference portrait for policy <c>match</c>; empty otherwise.</param>
internal sealed record DetectOptions(string Model, float MinScore, int InputSize, DetectionPolicy Policy, string Reference)
{
    public const string Ssd = "ssd_mobilenet_v1";
    public const string Tiny = "tiny_face_detector";

    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        ParameterSpec.Choice("model", "Face detector: ssd_mobilenet_v1 (accurate) or tiny_face_detector (fast).", Ssd, Ssd, Tiny),
        ParameterSpec.Number("min_score", "Lowest detector score (0 to 1) a face needs to be kept.", 0.5, 0, 1),
        ParameterSpec.Integer("input_size", "tiny_face_detector only: the side the image is scaled to, a multiple of 32.", 416, 128, 1024),
        ParameterSpec.Text("policy", "Faces kept per shot: largest, all (left to right), index:N (0-based, left to right) or match (closest to 'reference').", "largest")
            with { Pattern = DetectionPolicy.Pattern },
        ParameterSpec.FilePath("reference", "Policy match: a portrait of the person to keep; the face closest in identity to its largest face is kept.", ""),
    ];

    /// <exception cref="ArgumentException">input_size is not a multiple of 32, or match has no reference.</exception>
    public static DetectOptions From(StageParameters parameters)
    {
        var options = new DetectOptions(
            parameters.GetString("model"),
            (float)parameters.GetNumber("min_score"),
            parameters.GetInt32("input_size"),
            DetectionPolicy.Parse(parameters.GetString("policy")),
            parameters.GetString("reference"));
        if (options.InputSize % 32 != 0)
            throw new ArgumentException($"detect: input_size must be a multiple of 32, got {options.InputSize}");
        if (options.Policy.Kind == PolicyKind.Match && options.Reference.Length == 0)
            throw new ArgumentException("detect: policy 'match' needs 'reference', the path of a portrait of the person to keep");
        return options;
    }

    /// <summary>The detector's name in logs.</summary>
    public string ModelName => Model == Ssd ? "SSD MobileNet V1" : $"Tiny Face Detector ({InputSize}px)";
}
