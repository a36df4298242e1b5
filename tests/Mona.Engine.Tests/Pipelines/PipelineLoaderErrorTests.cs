using Mona.Engine.Pipelines;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>
/// Each kind of mistake a pipeline file can hold, located to the line and column of the culprit
/// and explained with what was expected. The files are valid but for the one mistake under test.
/// </summary>
public sealed class PipelineLoaderErrorTests : IDisposable
{
    private readonly PipelineWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_YamlSyntaxError_ReportsParserPlace()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits: more
            stages: [detect, align]
            output: out
            """, line: 2, column: 17);

        Assert.StartsWith("YAML syntax error:", error.Message);
        Assert.DoesNotContain("Line:", error.Message);
    }

    [Fact]
    public void Load_MisspeltTopLevelKey_SuggestsClosestKey()
    {
        var errors = _workspace.Errors("""
            name: demo
            input: portraits
            stage: [detect, align]
            output: out
            """);

        var unknown = Assert.Single(errors, error => error.Message.StartsWith("unknown key"));
        Assert.Equal((3, 1), (unknown.Line, unknown.Column));
        Assert.Contains("'stage' (did you mean 'stages'?)", unknown.Message);
        // The real key is then missing, reported at the start of the mapping.
        var missing = Assert.Single(errors, error => error.Message.Contains("missing required key 'stages'"));
        Assert.Equal((1, 1), (missing.Line, missing.Column));
    }

    [Fact]
    public void Load_UnknownStage_ListsKnownStagesAndSuggests()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detct
              - align
            output: out
            """, line: 4, column: 5);

        Assert.Contains("unknown stage 'detct' (did you mean 'detect'?)", error.Message);
        Assert.Contains("known stages: align, detect, embed, encode, generate, watermark", error.Message);
    }

    [Fact]
    public void Load_UnknownParameter_ListsKnownParameters()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect: {max_face: 2}
            output: out
            """, line: 4, column: 14);

        Assert.Contains("stage 'detect' has no parameter 'max_face' (did you mean 'max_faces'?)", error.Message);
        Assert.Contains("known parameters: min_confidence, max_faces, backend", error.Message);
    }

    [Fact]
    public void Load_TextForInteger_NamesExpectedType()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect:
                  max_faces: many
            output: out
            """, line: 5, column: 18);

        Assert.Equal("stage 'detect', parameter 'max_faces': expected an integer from 1 to 8, got the text 'many'", error.Message);
    }

    [Fact]
    public void Load_QuotedNumberForInteger_IsTextNotInteger()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect
              - align: {size: "512"}
            output: out
            """, line: 5, column: 19);

        Assert.Contains("expected an integer from 64 to 1024, got the quoted text '512'", error.Message);
    }

    [Fact]
    public void Load_ValueAboveMaximum_ReportsRange()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect: {min_confidence: 1.5}
            output: out
            """, line: 4, column: 30);

        Assert.Contains("expected a number from 0 to 1, got 1.5, which is out of range", error.Message);
    }

    [Fact]
    public void Load_ValueNotAllowed_ListsAllowedValues()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect: {backend: onx}
            output: out
            """, line: 4, column: 23);

        Assert.Contains("parameter 'backend': expected one of cpu, onnx, got 'onx' (did you mean 'onnx'?)", error.Message);
    }

    [Fact]
    public void Load_ValueNotMatchingPattern_ShowsPattern()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect
              - align
              - embed: {select: "index:two"}
            output: out
            """, line: 6, column: 21);

        Assert.Contains(@"'index:two' does not match the pattern all|index:\d+", error.Message);
    }

    [Fact]
    public void Load_ListElementNotAllowed_PointsAtTheElement()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            driving: {preset: talk}
            stages: [detect, align, embed, generate, {encode: {outputs: [gif, webm]}}]
            output: out
            """, line: 4, column: 67);

        Assert.Contains("parameter 'outputs': expected one of mp4, gif, png, got 'webm'", error.Message);
    }

    [Fact]
    public void Load_MissingName_ReportedAtStartOfFile()
    {
        var error = _workspace.SingleError("""
            input: portraits
            stages: [detect]
            output: out
            """, line: 1, column: 1);

        Assert.Equal("missing required key 'name' (the pipeline's name)", error.Message);
    }

    [Fact]
    public void Load_MissingRequiredParameter_ReportedAtStageName()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            driving: {preset: talk}
            stages:
              - detect
              - align
              - embed
              - generate
              - watermark: {opacity: 0.2}
              - encode
            output: out
            """, line: 9, column: 5);

        Assert.Contains("stage 'watermark' needs parameter 'text' (text): The watermark's text.", error.Message);
    }

    [Fact]
    public void Load_InputFolderMissing_ReportsFullPathAtValue()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portrait
            stages: [detect]
            output: out
            """, line: 2, column: 8);

        Assert.Equal($"input folder '{_workspace.PathOf("portrait")}' does not exist", error.Message);
    }

    [Fact]
    public void Load_DrivingVideoMissing_ReportsFullPathAtValue()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            driving: clips/d1.mp4
            stages: [detect]
            output: out
            """, line: 3, column: 10);

        Assert.Equal($"driving video '{_workspace.PathOf("clips", "d1.mp4")}' not found", error.Message);
    }

    [Fact]
    public void Load_StageBeforeItsProvider_NamesMissingArtifactAndProvider()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect
              - embed
              - align
            output: out
            """, line: 5, column: 5);

        Assert.Equal("stage 'embed' requires 'aligned', which no earlier stage provides; put 'align' before it", error.Message);
    }

    [Fact]
    public void Load_AnimatingStageWithoutDriving_AsksForDriving()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: [detect, align, embed, generate, encode]
            output: out
            """, line: 3, column: 32);

        Assert.Contains("stage 'generate' needs a driving motion: add a 'driving' key", error.Message);
    }

    [Fact]
    public void Load_BadDevice_ListsDevices()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: [detect]
            output: out
            device: gpu
            """, line: 5, column: 9);

        Assert.Equal("device: expected one of auto, cpu, cuda, got the text 'gpu' (for an NVIDIA GPU, write 'cuda')", error.Message);
    }

    [Fact]
    public void Load_ParallelismZero_AsksForAtLeastOne()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: [detect]
            output: out
            parallelism: 0
            """, line: 5, column: 14);

        Assert.Contains("parallelism: expected an integer of at least 1", error.Message);
    }

    [Fact]
    public void Load_DuplicateKey_PointsAtSecondAndFirst()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: [detect]
            name: again
            output: out
            """, line: 4, column: 1);

        Assert.Equal("duplicate key 'name' (first set at line 1, column 1); keep only one", error.Message);
    }

    [Fact]
    public void Load_EmptyStageList_AsksForAStage()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: []
            output: out
            """, line: 3, column: 9);

        Assert.StartsWith("expected a non-empty list of stages", error.Message);
    }

    [Fact]
    public void Load_UnknownDrivingPreset_ListsPresets()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            driving: {preset: tlak}
            stages: [detect]
            output: out
            """, line: 3, column: 19);

        Assert.Equal("unknown driving preset 'tlak' (did you mean 'talk'?); known presets: talk, nod, shake, blink, smile, mix, still", error.Message);
    }
}
