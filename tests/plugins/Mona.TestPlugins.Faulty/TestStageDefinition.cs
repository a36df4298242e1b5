using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.TestPlugins;

/// <summary>Defaults for this plugin's stages. Abstract, so the host must not take it for a stage.</summary>
public abstract class TestStageDefinition : IStageDefinition
{
    public abstract string Name { get; }

    public Version Version { get; } = new(1, 0, 0);

    public virtual string Description => "Test stage.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Provides { get; } = [];

    public IStage Create(StageParameters parameters, IServiceProvider services) =>
        throw new NotSupportedException("test plugin: loaded by the tests, never run");
}
