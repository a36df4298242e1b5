using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Embed;

/// <summary>Registers the <c>embed</c> stage: identity descriptors per face and the person's mean identity.</summary>
public sealed class EmbedStageDefinition : IStageDefinition
{
    public string Name => "embed";

    public Version Version => new(1, 0, 0);

    public string Description => "Computes each kept face's 128-d identity descriptor (face-api's recognition net) and the person's mean identity; adds them to faces.json.";

    public IReadOnlyList<ParameterSpec> Parameters => EmbedOptions.Specs;

    public IReadOnlyList<string> Requires { get; } = [Artifacts.Faces.Name, Artifacts.Images.Name];

    public IReadOnlyList<string> Provides { get; } = [Artifacts.Identity.Name];

    public IStage Create(StageParameters parameters, IServiceProvider services)
    {
        var networks = FaceNetworks.Load(services);
        FaceNetworks.StageLogger(services, Name).LogInformation("embed: {Backend}", networks.Describe("ResNet-34 face recognition net"));
        return new EmbedStage(EmbedOptions.From(parameters), networks, services.GetRequiredService<IImageCodec>());
    }
}
