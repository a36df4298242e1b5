using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Stages.Generate;

/// <summary>Registers the <c>generate</c> stage: the item's frames, produced from its first shot and the driving motion.</summary>
public sealed class GenerateStageDefinition : IStageDefinition
{
    /// <summary>The static baseline: the portrait held still for the motion's length.</summary>
    public const string StillModel = "still";

    /// <summary>The landmark-driven warp of the aligned crop, pasted back into the picture.</summary>
    public const string WarpModel = "warp";

    public string Name => "generate";

    public Version Version => new(1, 0, 0);

    public string Description => "Produces the animated frames of each item; model 'warp' moves the aligned face by the driving motion and pastes it back, 'still' repeats the portrait (the static baseline).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("model", "The generator: 'still' holds the portrait unchanged (a baseline that scores what no motion scores); 'warp' moves the aligned face by the driving landmarks (needs detect and align before it).", StillModel, StillModel, WarpModel),
        .. WarpOptions.Specs,
    ];

    /// <summary>None: the decoded shots (<see cref="Artifacts.Images"/>) are used when present, else the first shot is decoded.</summary>
    /// <remarks>Model <c>warp</c> also needs <see cref="Artifacts.Aligned"/>; it fails each item with a clear message when no align stage ran.</remarks>
    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Provides { get; } = [Artifacts.Frames.Name];

    public IStage Create(StageParameters parameters, IServiceProvider services)
    {
        var model = parameters.GetString("model");
        return model switch
        {
            StillModel => new StillGenerateStage(services.GetRequiredService<IImageCodec>(), services.GetRequiredService<IVideoReader>()),
            WarpModel => CreateWarp(parameters, services),
            _ => throw new ArgumentException($"generate: unknown model '{model}' (allowed: {StillModel}, {WarpModel})"),
        };
    }

    private static WarpGenerateStage CreateWarp(StageParameters parameters, IServiceProvider services)
    {
        var options = WarpOptions.From(parameters);
        var logger = (ILoggerFactory?)services.GetService(typeof(ILoggerFactory));
        logger?.CreateLogger("Mona.Stages.generate").LogInformation("generate(warp): {Backend}; transfer {Transfer}, output {Output}{SideBySide}",
            WarpGenerateStage.Backend(), options.Transfer.Mode, options.Output, options.SideBySide ? ", side by side" : "");
        return new WarpGenerateStage(options, services.GetRequiredService<IImageCodec>(), services.GetRequiredService<IVideoReader>(), new FaceModelLoader(services));
    }
}
