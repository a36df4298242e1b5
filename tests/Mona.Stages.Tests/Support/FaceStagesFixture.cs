using Mona.Sdk.Stages;
using Mona.Stages.Faces.Align;
using Mona.Stages.Faces.Detect;
using Mona.Stages.Faces.Embed;

namespace Mona.Stages.Tests.Support;

/// <summary>The runner and the default face stages, created once for the collection (each loads the networks).</summary>
public sealed class FaceStagesFixture : IDisposable
{
    private readonly Lazy<(IStage Detect, IStage DetectAll, IStage Align, IStage Embed)> _stages;

    public FaceStagesFixture()
    {
        Runner = new StageRunner();
        _stages = new(() => (
            Runner.Create(new DetectStageDefinition()),
            Runner.Create(new DetectStageDefinition(), ("policy", "all")),
            Runner.Create(new AlignStageDefinition()),
            Runner.Create(new EmbedStageDefinition())));
    }

    internal StageRunner Runner { get; }

    /// <summary>detect with the defaults (SSD, 0.5, largest).</summary>
    internal IStage Detect => _stages.Value.Detect;

    /// <summary>detect with policy all.</summary>
    internal IStage DetectAll => _stages.Value.DetectAll;

    internal IStage Align => _stages.Value.Align;

    internal IStage Embed => _stages.Value.Embed;

    public void Dispose() => Runner.Dispose();
}
