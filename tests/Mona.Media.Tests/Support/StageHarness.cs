using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Media.Tests.Support;

/// <summary>Runs stage plugins in-process the way the host does: real media services, validated parameters.</summary>
public static class StageHarness
{
    public static ServiceProvider Services() => new ServiceCollection().AddMonaMedia().BuildServiceProvider();

    /// <summary>The definition's defaults with <paramref name="overrides"/> applied, as the host hands them over.</summary>
    public static StageParameters Parameters(IStageDefinition definition, params (string Name, object Value)[] overrides)
    {
        var values = definition.Parameters.ToDictionary(p => p.Name, p => p.Default!, StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            Assert.True(values.ContainsKey(name), $"stage '{definition.Name}' declares no parameter '{name}'");
            values[name] = value;
        }
        return new StageParameters(values);
    }

    public static StageContext Context(IServiceProvider services, string outputRoot, DrivingMotion? driving = null) =>
        new(NullLogger.Instance, services, new RunSettings("test", driving, "cpu", outputRoot));
}
