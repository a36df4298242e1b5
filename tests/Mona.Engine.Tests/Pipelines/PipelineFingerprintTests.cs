using Mona.Engine.Pipelines;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>The fingerprint follows what a pipeline computes, and nothing else.</summary>
public sealed class PipelineFingerprintTests : IDisposable
{
    private const string Base = """
        name: base
        input: portraits
        driving: {preset: talk}
        stages:
          - detect: {min_confidence: 0.6}
          - align
          - embed
          - generate
          - encode: {crf: 23}
        output: out
        """;

    private readonly PipelineWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Fingerprint_IsSha256Hex_AndRepeatable()
    {
        var first = _workspace.LoadValid(Base).Fingerprint;
        var second = _workspace.LoadValid(Base).Fingerprint;

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Fingerprint_OtherNamePathsDeviceAndParallelism_Unchanged()
    {
        Directory.CreateDirectory(_workspace.PathOf("other-portraits"));
        var changed = Base.Replace("name: base", "name: renamed")
            .Replace("input: portraits", "input: other-portraits")
            .Replace("output: out", "output: elsewhere\ndevice: cpu\nparallelism: 7");

        Assert.Equal(_workspace.LoadValid(Base).Fingerprint, _workspace.LoadValid(changed).Fingerprint);
    }

    [Fact]
    public void Fingerprint_DefaultWrittenOutOrFlowStyle_Unchanged()
    {
        // Same values, different text: max_faces: 1 is the default, and flow style changes no value.
        var rewritten = Base.Replace("- detect: {min_confidence: 0.6}", "- detect:\n      min_confidence: 0.60\n      max_faces: 1");

        Assert.Equal(_workspace.LoadValid(Base).Fingerprint, _workspace.LoadValid(rewritten).Fingerprint);
    }

    [Theory]
    [InlineData("crf: 23", "crf: 24")]
    [InlineData("{preset: talk}", "{preset: nod}")]
    [InlineData("{preset: talk}", "{preset: talk, duration: 5}")]
    [InlineData("{preset: talk}", "clips/d0.mp4")]
    [InlineData("  - embed\n", "  - embed\n  - align\n")]
    public void Fingerprint_ComputationChanged_Differs(string before, string after)
    {
        var changed = Base.Replace(before, after);
        Assert.NotEqual(Base, changed);

        Assert.NotEqual(_workspace.LoadValid(Base).Fingerprint, _workspace.LoadValid(changed).Fingerprint);
    }

    [Fact]
    public void Fingerprint_NewStageVersion_Differs()
    {
        var upgraded = FakeStages.Catalog(encodeVersion: new Version(1, 1, 0));

        Assert.NotEqual(_workspace.LoadValid(Base).Fingerprint, _workspace.LoadValid(Base, catalog: upgraded).Fingerprint);
    }

    [Fact]
    public void CanonicalText_ListsStagesInOrderWithSortedParameters()
    {
        var text = PipelineFingerprint.CanonicalText(_workspace.LoadValid(Base));

        var lines = text.Split('\n');
        Assert.Equal("driving preset \"talk\" 4s 25fps", lines[1]);
        Assert.Equal("stage \"detect\" 1.0.0", lines[2]);
        Assert.Equal(["  \"backend\" = \"cpu\"", "  \"max_faces\" = 1", "  \"min_confidence\" = 0.6"], lines[3..6]);
        Assert.DoesNotContain(_workspace.Root, text.Replace(_workspace.PathOf("models"), ""));
    }
}
