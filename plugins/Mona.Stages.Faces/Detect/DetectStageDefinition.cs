using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Detect;

/// <summary>Registers the <c>detect</c> stage: faces, 68 landmarks, <c>faces.json</c> and overlays.</summary>
public sealed class DetectStageDefinition : IStageDefinition
{
    public string Name => "detect";

    public Version Version => new(1, 0, 0);

    public string Description => "Finds the faces of every shot (SSD MobileNet V1 or Tiny Face Detector), keeps those the policy asks for, computes 68 landmarks, writes faces.json and overlay.jpg.";

    public IReadOnlyList<ParameterSpec> Parameters => DetectOptions.Specs;

    public IReadOnlyList<string> Requires { get; } = [Artifacts.Images.Name];

    public IReadOnlyList<string> Provides { get; } = [Artifacts.Faces.Name];

    /// <summary>Loads the networks once for the run and, for policy match, the reference descriptor.</summary>
    public IStage Create(StageParameters parameters, IServiceProvider services)
    {
        var options = DetectOptions.From(parameters);
        var networks = FaceNetworks.Load(services);
        var finder = new FaceFinder(networks, options);
        var codec = services.GetRequiredService<IImageCodec>();
        var logger = FaceNetworks.StageLogger(services, Name);
        logger.LogInformation("detect: {Backend}; landmarks: 68-point net", networks.Describe(options.ModelName));
        var reference = options.Policy.Kind == Detect.PolicyKind.Match ? ReferenceDescriptor.Compute(finder, codec, options.Reference) : null;
        return new DetectStage(options, finder, codec, reference);
    }
}
