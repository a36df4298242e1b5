using Mona.Engine.Pipelines;
using Mona.Sdk;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>Pipelines that validate: typing, defaults, path resolution, driving forms and overrides.</summary>
public sealed class PipelineLoaderTests : IDisposable
{
    private readonly PipelineWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_FullPipeline_TypesEveryParameterAndResolvesPathsAgainstTheFile()
    {
        var pipeline = _workspace.LoadValid("""
            name: demo
            input: portraits
            driving: {preset: nod, duration: 2.5, fps: 30000/1001}
            stages:
              - detect: {min_confidence: 0.75, backend: onnx}
              - align:
                  mirror: true
              - embed: {select: "index:2"}
              - generate:
                  model: weights/g.bin
              - encode:
                  crf: 18
                  outputs: [gif, png]
            output: results
            device: cpu
            parallelism: 3
            """);

        Assert.Equal("demo", pipeline.Name);
        Assert.Equal(_workspace.PathOf("pipeline.yaml"), pipeline.FilePath);
        Assert.Equal(_workspace.PathOf("portraits"), pipeline.InputDirectory);
        Assert.Equal(_workspace.PathOf("results"), pipeline.OutputDirectory);
        Assert.Equal(("cpu", 3), (pipeline.Device, pipeline.Parallelism));
        Assert.Equal(["detect", "align", "embed", "generate", "encode"], pipeline.Steps.Select(step => step.Definition.Name));
        var (detect, align, embed, generate, encode) = (pipeline.Steps[0].Parameters, pipeline.Steps[1].Parameters,
            pipeline.Steps[2].Parameters, pipeline.Steps[3].Parameters, pipeline.Steps[4].Parameters);
        Assert.Equal(0.75, detect.GetNumber("min_confidence"));
        Assert.Equal("onnx", detect.GetString("backend"));
        Assert.IsType<long>(detect.Values["max_faces"]);
        Assert.True(align.GetBoolean("mirror"));
        Assert.Equal("index:2", embed.GetString("select"));
        Assert.Equal(_workspace.PathOf("weights", "g.bin"), generate.GetString("model"));
        Assert.Equal(18L, encode.Values["crf"]);
        Assert.Equal(["gif", "png"], encode.GetStringList("outputs"));
        Assert.Equal("nod", pipeline.Driving?.Preset);
        Assert.Equal(2.5, pipeline.Driving?.DurationSeconds);
        Assert.Equal(new Rational(30000, 1001), pipeline.Driving?.FrameRate);
    }

    [Fact]
    public void Load_OmittedParametersAndKeys_FillsDefaults()
    {
        var pipeline = _workspace.LoadValid("""
            name: defaults
            input: portraits
            driving: {preset: talk}
            stages: [detect, align, embed, generate, encode]
            output: out
            """);

        var detect = pipeline.Steps[0].Parameters;
        Assert.Equal(0.5, detect.GetNumber("min_confidence"));
        Assert.Equal(1L, detect.Values["max_faces"]);
        Assert.Equal("cpu", detect.GetString("backend"));
        Assert.False(pipeline.Steps[1].Parameters.GetBoolean("mirror"));
        // A default path is relative to the pipeline file, like a path written in it.
        Assert.Equal(_workspace.PathOf("models", "generator.bin"), pipeline.Steps[3].Parameters.GetString("model"));
        Assert.Equal(["mp4"], pipeline.Steps[4].Parameters.GetStringList("outputs"));
        Assert.Equal((DeviceNames.Auto, PipelineDefaults.Parallelism), (pipeline.Device, pipeline.Parallelism));
        Assert.Equal(DrivingPresets.DefaultDurationSeconds, pipeline.Driving?.DurationSeconds);
        Assert.Equal(new Rational(DrivingPresets.DefaultFramesPerSecond, 1), pipeline.Driving?.FrameRate);
    }

    [Fact]
    public void Load_DrivingAsPlainPath_GivesFullVideoPath()
    {
        var pipeline = _workspace.LoadValid("""
            name: video
            input: portraits
            driving: clips/d0.mp4
            stages: [detect, align, embed, generate, encode]
            output: out
            """);

        Assert.True(pipeline.Driving?.IsVideo);
        Assert.Equal(_workspace.PathOf("clips", "d0.mp4"), pipeline.Driving?.VideoPath);
    }

    [Fact]
    public void Load_NtscDecimalFrameRate_KeepsExactFraction()
    {
        var pipeline = _workspace.LoadValid("""
            name: ntsc
            input: portraits
            driving: {preset: blink, fps: 29.97}
            stages: [encode]
            output: out
            """, catalog: new Mona.Engine.Plugins.InMemoryStageCatalog([new FakeStageDefinition("encode", [], [])]));

        Assert.Equal(new Rational(30000, 1001), pipeline.Driving?.FrameRate);
    }

    [Fact]
    public void Load_AnchorsAndAliases_ResolveToTheAnchoredValue()
    {
        var pipeline = _workspace.LoadValid("""
            name: anchors
            input: &folder portraits
            driving: {preset: talk}
            stages:
              - detect: &strict {min_confidence: 0.9}
              - align
              - embed
              - generate
              - encode
            output: out
            """);

        Assert.Equal(0.9, pipeline.Steps[0].Parameters.GetNumber("min_confidence"));
        Assert.Equal(_workspace.PathOf("portraits"), pipeline.InputDirectory);
    }

    [Fact]
    public void Load_Overrides_ReplaceFileValuesAndResolveAgainstTheWorkingDirectory()
    {
        var otherInput = Directory.CreateDirectory(_workspace.PathOf("elsewhere", "faces")).FullName;
        var pipeline = _workspace.LoadValid("""
            name: overridden
            input: does-not-exist
            driving: clips/d0.mp4
            stages: [detect, align, embed, generate, encode]
            output: out
            device: cuda
            """, new PipelineOverrides(Input: otherInput, Driving: "preset:smile", Output: "run-output", Device: "cpu", Parallelism: 5));

        Assert.Equal(otherInput, pipeline.InputDirectory);
        Assert.Equal(("smile", false), (pipeline.Driving?.Preset, pipeline.Driving?.IsVideo));
        Assert.Equal(Path.GetFullPath("run-output"), pipeline.OutputDirectory);
        Assert.Equal(("cpu", 5), (pipeline.Device, pipeline.Parallelism));
    }

    [Fact]
    public void Load_DrivingOverrideWithBarePresetName_SelectsThePreset()
    {
        var pipeline = _workspace.LoadValid("""
            name: bare-preset
            input: portraits
            stages: [detect, align, embed, generate, encode]
            output: out
            """, new PipelineOverrides(Driving: "shake"));

        Assert.Equal("shake", pipeline.Driving?.Preset);
    }

    [Fact]
    public void Load_NoDrivingAndNoStageNeedingOne_LeavesDrivingNull()
    {
        var pipeline = _workspace.LoadValid("""
            name: faces-only
            input: portraits
            stages: [detect, align]
            output: out
            """);

        Assert.Null(pipeline.Driving);
        Assert.Equal(["detect", "align"], pipeline.Steps.Select(step => step.Definition.Name));
    }
}
