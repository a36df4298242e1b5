using Microsoft.Extensions.DependencyInjection;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Stages.Generate;

/// <summary>Registers the <c>generate</c> stage: the item's frames, produced from its first shot and the driving motion.</summary>
public sealed class GenerateStageDefinition : IStageDefinition
{
    /// <summary>The static baseline: the portrait held still for the motion's length.</summary>
    public const string StillModel = "still";

    public string Name => "generate";

    public Version Version => new(1, 0, 0);

    public string Description => "Produces the animated frames of each item; model 'still' repeats the portrait for the driving motion's length (the static baseline).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("model", "The generator: 'still' holds the portrait unchanged (a baseline that scores what no motion scores).", StillModel, StillModel),
    ];

    /// <summary>None: the decoded shots (<see cref="Artifacts.Images"/>) are used when present, else the first shot is decoded.</summary>
    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Provides { get; } = [Artifacts.Frames.Name];

    public IStage Create(StageParameters parameters, IServiceProvider services)
    {
        var model = parameters.GetString("model");
        return model switch
        {
            StillModel => new StillGenerateStage(services.GetRequiredService<IImageCodec>(), services.GetRequiredService<IVideoReader>()),
            _ => throw new ArgumentException($"generate: unknown model '{model}' (allowed: {StillModel})"),
        };
    }
}
