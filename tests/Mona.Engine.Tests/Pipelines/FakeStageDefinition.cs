using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>A stage definition with declared parameters and artifacts only: validation never creates stages.</summary>
internal sealed class FakeStageDefinition : IStageDefinition
{
    public FakeStageDefinition(string name, string[] requires, string[] provides, params ParameterSpec[] parameters)
    {
        Name = name;
        Requires = requires;
        Provides = provides;
        Parameters = parameters;
    }

    public string Name { get; }

    public Version Version { get; init; } = new(1, 0, 0);

    public string Description => $"Fake {Name} stage for pipeline tests.";

    public IReadOnlyList<ParameterSpec> Parameters { get; }

    public IReadOnlyList<string> Requires { get; }

    public IReadOnlyList<string> Provides { get; }

    public IStage Create(StageParameters parameters, IServiceProvider services) =>
        throw new NotSupportedException("pipeline tests only validate; they never run a stage");
}
