using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Batch.Fakes;

/// <summary>A stage whose creation fails, as one with a missing model file would.</summary>
internal sealed class UncreatableStageDefinition : IStageDefinition
{
    public string Name => "generate";

    public Version Version => new(1, 0);

    public string Description => "test stage that cannot start";

    public IReadOnlyList<ParameterSpec> Parameters => [];

    public IReadOnlyList<string> Requires => [];

    public IReadOnlyList<string> Provides => [];

    public IStage Create(StageParameters parameters, IServiceProvider services) =>
        throw new FileNotFoundException("model file 'g.bin' is missing");
}
