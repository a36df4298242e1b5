using Mona.Engine.Pipelines;
using Mona.Engine.Plugins;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>
/// A stand-in for the real plugins, shaped like them (detect → align → embed → generate → encode)
/// with one parameter of every type and constraint, so every validation rule has something to bite on.
/// </summary>
internal static class FakeStages
{
    public static FakeStageDefinition Detect() => new("detect", [HostArtifacts.Images], [Artifacts.Faces.Name],
        ParameterSpec.Number("min_confidence", "Lowest face score kept.", 0.5, 0, 1),
        ParameterSpec.Integer("max_faces", "Faces kept per shot.", 1, 1, 8),
        ParameterSpec.Choice("backend", "Detector backend.", "cpu", "cpu", "onnx"));

    public static FakeStageDefinition Align() => new("align", [Artifacts.Faces.Name], [Artifacts.Aligned.Name],
        ParameterSpec.Integer("size", "Crop side in pixels.", 256, 64, 1024),
        ParameterSpec.Boolean("mirror", "Also align the mirrored face.", false));

    public static FakeStageDefinition Embed() => new("embed", [Artifacts.Aligned.Name], [Artifacts.Identity.Name],
        new ParameterSpec("select", ParameterType.String, "Which shots to embed.", "all") { Pattern = @"all|index:\d+" });

    public static FakeStageDefinition Generate() => new("generate", [Artifacts.Identity.Name, HostArtifacts.Driving], [Artifacts.Frames.Name],
        ParameterSpec.FilePath("model", "Generator weights.", "models/generator.bin"),
        ParameterSpec.Number("strength", "Motion strength.", 1.0, 0, 2));

    public static FakeStageDefinition Encode(Version? version = null) => new("encode", [Artifacts.Frames.Name], [],
        ParameterSpec.Choice("format", "Container.", "mp4", "mp4", "gif", "png"),
        ParameterSpec.Integer("crf", "Quality, lower is better.", 20, 0, 51),
        ParameterSpec.Choices("outputs", "Extra renditions.", ["mp4"], "mp4", "gif", "png"))
    {
        Version = version ?? new Version(1, 0, 0),
    };

    /// <summary>A stage with a required parameter (no default).</summary>
    public static FakeStageDefinition Watermark() => new("watermark", [Artifacts.Frames.Name], [Artifacts.Frames.Name],
        ParameterSpec.Text("text", "The watermark's text.", null),
        ParameterSpec.Number("opacity", "0 invisible, 1 opaque.", 0.5, 0, 1));

    public static IStageCatalog Catalog(Version? encodeVersion = null) =>
        new InMemoryStageCatalog([Detect(), Align(), Embed(), Generate(), Encode(encodeVersion), Watermark()]);
}
