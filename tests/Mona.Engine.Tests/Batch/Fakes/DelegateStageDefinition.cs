using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Batch.Fakes;

/// <summary>A stage definition whose behaviour is a delegate, for driving the runner in tests.</summary>
internal sealed class DelegateStageDefinition : IStageDefinition
{
    private readonly Func<WorkItem, StageParameters, CancellationToken, ValueTask> _run;

    public DelegateStageDefinition(string name, Func<WorkItem, StageParameters, CancellationToken, ValueTask> run)
    {
        Name = name;
        _run = run;
    }

    public string Name { get; }

    public Version Version { get; init; } = new(1, 0, 0);

    public string Description => "test stage";

    public IReadOnlyList<ParameterSpec> Parameters { get; init; } = [];

    public IReadOnlyList<string> Requires => [];

    public IReadOnlyList<string> Provides => [];

    public IStage Create(StageParameters parameters, IServiceProvider services) => new DelegateStage(this, parameters);

    private sealed class DelegateStage(DelegateStageDefinition definition, StageParameters parameters) : IStage
    {
        public ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken) =>
            definition._run(item, parameters, cancellationToken);
    }
}
