using System.Reflection;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;
using YamlDotNet.Serialization;

namespace Mona.TestPlugins;

/// <summary>
/// A stage that only reports which YamlDotNet it runs with. Its constructor uses the library, so a
/// plugin handed an unusable copy fails to load instead of loading quietly.
/// </summary>
public sealed class YamlProbeDefinition : IStageDefinition
{
    public YamlProbeDefinition()
    {
        Name = typeof(YamlProbeDefinition).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "StageName").Value!;
        var yaml = new SerializerBuilder().Build().Serialize(new Dictionary<string, int> { ["answer"] = 42 });
        Description = $"Test stage; YamlDotNet {YamlAssembly.GetName().Version} wrote: {yaml.Trim()}";
    }

    /// <summary>The YamlDotNet assembly this plugin's code is bound to.</summary>
    public Assembly YamlAssembly => typeof(SerializerBuilder).Assembly;

    public string Name { get; }

    public Version Version { get; } = new(1, 0, 0);

    public string Description { get; }

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Provides { get; } = [];

    public IStage Create(StageParameters parameters, IServiceProvider services) =>
        throw new NotSupportedException("test plugin: loaded by the tests, never run");
}
