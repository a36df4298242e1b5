using Mona.Engine.Batch;
using Mona.Engine.Tests.Batch.Fakes;
using Mona.Sdk;
using Mona.Sdk.Stages;
using static Mona.Engine.Tests.Batch.BatchHarness;

namespace Mona.Engine.Tests.Batch;

public sealed class BatchFingerprintTests
{
    private static readonly DelegateStageDefinition Writer = TestStages.Writer();

    private static string Of(params (string, object)[] parameters) =>
        BatchFingerprint.Compute(Pipeline("/in", "/out", 1, Step(Writer, parameters)));

    [Fact]
    public void Compute_SameValuesInAnotherOrder_SameFingerprint() =>
        Assert.Equal(Of(("a", 1L), ("b", "x")), Of(("b", "x"), ("a", 1L)));

    [Fact]
    public void Compute_AnyValueChanged_DifferentFingerprint()
    {
        var baseline = Of(("a", 1L), ("b", "x"), ("c", 0.5), ("d", true), ("e", new[] { "p", "q" }));

        Assert.NotEqual(baseline, Of(("a", 2L), ("b", "x"), ("c", 0.5), ("d", true), ("e", new[] { "p", "q" })));
        Assert.NotEqual(baseline, Of(("a", 1L), ("b", "y"), ("c", 0.5), ("d", true), ("e", new[] { "p", "q" })));
        Assert.NotEqual(baseline, Of(("a", 1L), ("b", "x"), ("c", 0.25), ("d", true), ("e", new[] { "p", "q" })));
        Assert.NotEqual(baseline, Of(("a", 1L), ("b", "x"), ("c", 0.5), ("d", false), ("e", new[] { "p", "q" })));
        Assert.NotEqual(baseline, Of(("a", 1L), ("b", "x"), ("c", 0.5), ("d", true), ("e", new[] { "q", "p" })));
    }

    [Fact]
    public void Compute_FoldersDeviceAndParallelism_DoNotMatter()
    {
        var pipeline = Pipeline("/in", "/out", 1, Step(Writer, ("a", 1L)));

        Assert.Equal(BatchFingerprint.Compute(pipeline),
            BatchFingerprint.Compute(pipeline with { InputDirectory = "/elsewhere", OutputDirectory = "/o2", Device = "cuda", Parallelism = 8 }));
    }

    [Fact]
    public void Compute_PresetMotionChanged_DifferentFingerprint()
    {
        var pipeline = Pipeline("/in", "/out", 1, Step(Writer));
        var talk = pipeline with { Driving = new DrivingMotion(null, "talk", 4, new Rational(25, 1)) };

        Assert.NotEqual(BatchFingerprint.Compute(talk), BatchFingerprint.Compute(talk with { Driving = talk.Driving! with { DurationSeconds = 5 } }));
        Assert.NotEqual(BatchFingerprint.Compute(pipeline), BatchFingerprint.Compute(talk));
    }
}
