using Microsoft.Extensions.DependencyInjection;
using Mona.Engine.Pipelines;

namespace Mona.Cli.Hosting;

/// <summary>
/// What <c>mona run</c> needs from the rest of the host, as seams: how to load and validate a
/// pipeline file against the loaded plugins, and how to register the media services (image codec,
/// video IO) stages use. Program wiring is a few lines:
/// <code>
/// RunCommand.Create(new RunCommandDeps(
///     (file, overrides) => /* PipelineLoader over HostCatalog.Load() */,
///     services => services.AddMonaMedia()))
/// </code>
/// </summary>
/// <param name="LoadPipeline">Loads, overrides and validates a pipeline file.</param>
/// <param name="AddMediaServices">Registers <c>IImageCodec</c> and the video services.</param>
internal sealed record RunCommandDeps(
    Func<string, PipelineOverrides, PipelineLoadOutcome> LoadPipeline,
    Action<IServiceCollection> AddMediaServices)
{
    /// <summary>Stand-in until the pipeline loader and the media services are wired in: every run is refused.</summary>
    public static RunCommandDeps Unwired { get; } = new(
        (file, _) => PipelineLoadOutcome.Invalid($"{file}: this build of mona has no pipeline loader wired into 'run' yet"),
        _ => { });
}
