using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.TestPlugins;

/// <summary>An ordinary stage, but compiled against Mona.Sdk 2.0.</summary>
public sealed class FutureDefinition : IStageDefinition
{
    public string Name => "future";

    public Version Version { get; } = new(1, 0, 0);

    public string Description => "Test stage built against a future SDK.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Provides { get; } = [];

    public IStage Create(StageParameters parameters, IServiceProvider services) =>
        throw new NotSupportedException("test plugin: never loaded");
}
