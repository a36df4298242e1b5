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

    /// <summary>The few-shot talking-head model (Zakharov et al. 2019), painting over the warp.</summary>
    public const string FewShotModel = "fewshot";

    public string Name => "generate";

    public Version Version => new(1, 0, 0);

    public string Description => "Produces the animated frames of each item; model 'warp' moves the aligned face by the driving motion and pastes it back, 'still' repeats the portrait (the static baseline).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("model", "The generator: 'still' holds the portrait unchanged (a baseline that scores what no motion scores); 'warp' moves the aligned face by the driving landmarks (needs detect and align before it); 'fewshot' is the talking-head network painting over that warp (mouth interior, eyelids; the first face, K shots embedded).", StillModel, StillModel, WarpModel, FewShotModel),
        .. WarpOptions.Specs,
        ParameterSpec.FilePath("weights", "fewshot: talking-head weights (safetensors); empty uses the shipped models/fewshot weights that ./mona setup puts in the model cache.", ""),
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
            FewShotModel => CreateFewShot(parameters, services),
            _ => throw new ArgumentException($"generate: unknown model '{model}' (allowed: {StillModel}, {WarpModel}, {FewShotModel})"),
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

    private static WarpGenerateStage CreateFewShot(StageParameters parameters, IServiceProvider services)
    {
        var options = WarpOptions.From(parameters);
        var loader = new FewShotModelLoader(services, parameters.GetString("weights"));
        var logger = (ILoggerFactory?)services.GetService(typeof(ILoggerFactory));
        logger?.CreateLogger("Mona.Stages.generate").LogInformation("generate(fewshot): {Backend}; weights {Weights}; transfer {Transfer}, output {Output}",
            WarpGenerateStage.FewShotBackend(loader), loader.Path, options.Transfer.Mode, options.Output);
        return new WarpGenerateStage(options, services.GetRequiredService<IImageCodec>(), services.GetRequiredService<IVideoReader>(), new FaceModelLoader(services), loader);
    }
}
