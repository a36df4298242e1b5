using Microsoft.Extensions.Logging;

namespace Mona.Sdk.Stages;

/// <summary>What the host hands a stage with each item: logging, services and the run's settings.</summary>
public sealed class StageContext
{
    public StageContext(ILogger logger, IServiceProvider services, RunSettings run)
    {
        Logger = logger;
        Services = services;
        Run = run;
    }

    /// <summary>A logger scoped to the stage and item.</summary>
    public ILogger Logger { get; }

    /// <summary>Services the host offers (image codec, video IO, compute backend, model store).</summary>
    public IServiceProvider Services { get; }

    /// <summary>Run-wide settings: the driving motion, the device, the output root.</summary>
    public RunSettings Run { get; }
}
