using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Cli.Tests.Commands;

/// <summary>A declared-only stage for command tests: validation and the schema never create stages.</summary>
internal sealed class FakeStageDefinition : IStageDefinition
{
    public FakeStageDefinition(string name, params ParameterSpec[] parameters)
    {
        Name = name;
        Parameters = parameters;
    }

    public string Name { get; }

    public Version Version => new(2, 1, 0);

    public string Description => $"Fake {Name} stage.";

    public IReadOnlyList<ParameterSpec> Parameters { get; }

    public IReadOnlyList<string> Requires => [Artifacts.Images.Name];

    public IReadOnlyList<string> Provides => [];

    public IStage Create(StageParameters parameters, IServiceProvider services) =>
        throw new NotSupportedException("command tests never run a stage");
}
