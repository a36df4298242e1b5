using Mona.Engine.Pipelines;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>Less common mistakes, several mistakes at once, and errors that come from flags or the file system.</summary>
public sealed class PipelineLoaderMoreErrorTests : IDisposable
{
    private readonly PipelineWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_SeveralMistakes_ReportsEveryOneInFileOrder()
    {
        var errors = _workspace.Errors("""
            name: demo
            input: portraits
            driving: {preset: talk, fps: 0}
            stages:
              - detect: {max_faces: 0}
              - aling
            output: out
            device: tpu
            parallelism: -2
            """);

        Assert.Equal([(3, 30), (5, 25), (6, 5), (8, 9), (9, 14)], errors.Select(error => (error.Line, error.Column)));
        Assert.All(errors, error => Assert.Equal(_workspace.PathOf("pipeline.yaml"), error.File));
    }

    [Fact]
    public void Load_ParameterIndentedAtStageLevel_SaysToIndentIt()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages:
              - detect:
                max_faces: 2
            output: out
            """, line: 5, column: 5);

        Assert.Equal("'max_faces' is a parameter of stage 'detect': indent it under 'detect'", error.Message);
    }

    [Fact]
    public void Load_DrivingWithPresetAndVideo_RefusesBoth()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            driving:
              preset: talk
              video: clips/d0.mp4
            stages: [detect]
            output: out
            """, line: 5, column: 3);

        Assert.Equal("driving takes either 'preset' or 'video', not both", error.Message);
    }

    [Fact]
    public void Load_OutputInsideInput_Refused()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: [detect]
            output: portraits/results
            """, line: 4, column: 9);

        Assert.Contains("is inside the input folder", error.Message);
    }

    [Fact]
    public void Load_BadFlagValue_NamesTheFlagWithoutAPlace()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: [detect]
            output: out
            """, line: 0, column: 0, new PipelineOverrides(Input: _workspace.PathOf("nobody"), Device: "cpu"));

        Assert.Equal($"--input: input folder '{_workspace.PathOf("nobody")}' does not exist", error.Message);
        Assert.Equal($"{_workspace.PathOf("pipeline.yaml")}: {error.Message}", error.ToString());
    }

    [Fact]
    public void Load_FlagFixesMissingFileValue_Validates()
    {
        var result = _workspace.Load("""
            name: demo
            stages: [detect]
            output: out
            """, new PipelineOverrides(Input: _workspace.PathOf("portraits")));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_EmptyFile_SaysWhatIsExpected()
    {
        var error = _workspace.SingleError("# nothing here yet\n", line: 2, column: 1);

        Assert.Contains("the file is empty", error.Message);
    }

    [Fact]
    public void Load_RootIsAList_ExpectsMapping()
    {
        var error = _workspace.SingleError("- detect\n- align\n", line: 1, column: 1);

        Assert.StartsWith("expected a mapping with keys name, input, driving, stages, output, device, parallelism", error.Message);
    }

    [Fact]
    public void Load_MissingPipelineFile_OneErrorWithoutPlace()
    {
        var path = _workspace.PathOf("absent.yaml");

        var result = new PipelineLoader(FakeStages.Catalog()).Load(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((0, 0), (error.Line, error.Column));
        Assert.Equal($"pipeline file '{path}' not found", error.Message);
    }

    [Fact]
    public void Load_DurationOnDrivingVideo_SaysItAppliesToPresetsOnly()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            driving: {video: clips/d0.mp4, duration: 3}
            stages: [detect]
            output: out
            """, line: 3, column: 32);

        Assert.StartsWith("'duration' applies to presets only", error.Message);
    }

    [Fact]
    public void Load_NameWithForm_ExplainsTheStageForm()
    {
        var errors = _workspace.Errors("""
            name: demo
            input: portraits
            stages:
              - name: detect
                with: {max_faces: 2}
            output: out
            """);

        var unknown = Assert.Single(errors, error => error.Message.StartsWith("unknown stage 'name'"));
        Assert.Equal((4, 5), (unknown.Line, unknown.Column));
        Assert.Contains("write '- stage_name: {parameters}', not '- name: stage_name'", unknown.Message);
    }

    [Fact]
    public void Load_SecondYamlDocument_Refused()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            stages: [detect]
            output: out
            ---
            name: other
            """, line: 5, column: 1);

        Assert.StartsWith("a pipeline file holds one YAML document", error.Message);
    }

    [Fact]
    public void Load_MisspeltDrivingKey_SuggestsClosest()
    {
        var error = _workspace.SingleError("""
            name: demo
            input: portraits
            driving: {preset: talk, durration: 3}
            stages: [detect]
            output: out
            """, line: 3, column: 25);

        Assert.StartsWith("unknown driving key 'durration' (did you mean 'duration'?)", error.Message);
    }
}
