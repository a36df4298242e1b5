using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Align;

/// <summary>Registers the <c>align</c> stage: canonical face crops, their transforms and landmark images.</summary>
public sealed class AlignStageDefinition : IStageDefinition
{
    public string Name => "align";

    public Version Version => new(1, 0, 0);

    public string Description => "Aligns every kept face to a canonical template (similarity fit on eyes, nose tip and mouth corners) and writes aligned.png and the landmark image landmarks.png.";

    public IReadOnlyList<ParameterSpec> Parameters => AlignOptions.Specs;

    public IReadOnlyList<string> Requires { get; } = [Artifacts.Faces.Name, Artifacts.Images.Name];

    public IReadOnlyList<string> Provides { get; } = [Artifacts.Aligned.Name];

    public IStage Create(StageParameters parameters, IServiceProvider services)
    {
        var options = AlignOptions.From(parameters);
        FaceNetworks.StageLogger(services, Name).LogInformation(
            "align: managed bilinear warp on CPU, {Size}x{Size} crops, margin {Margin}", options.Size, options.Size, options.Margin);
        return new AlignStage(options, services.GetRequiredService<IImageCodec>());
    }
}
