using Microsoft.Extensions.DependencyInjection;
using Mona.Engine.Pipelines;

namespace Mona.Cli.Hosting;

/// <summary>
/// What <c>mona run</c> needs from the rest of the host, as seams: how to load and validate a
/// pipeline file against the loaded plugins, and how to register the media services (image codec,
/// video IO) stages use. <see cref="Commands.RunCommand.Create()"/> wires the real ones; tests pass fakes.
/// </summary>
/// <param name="LoadPipeline">Loads, overrides and validates a pipeline file.</param>
/// <param name="AddMediaServices">Registers <c>IImageCodec</c>, the video services and the model store.</param>
internal sealed record RunCommandDeps(
    Func<string, PipelineOverrides, PipelineLoadOutcome> LoadPipeline,
    Action<IServiceCollection> AddMediaServices);
