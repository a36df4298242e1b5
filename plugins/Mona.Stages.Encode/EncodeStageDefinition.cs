using Microsoft.Extensions.DependencyInjection;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Stages.Encode;

/// <summary>Registers the <c>encode</c> stage: an item's frames to MP4, GIF and/or PNG frames.</summary>
public sealed class EncodeStageDefinition : IStageDefinition
{
    public string Name => "encode";

    public Version Version => new(1, 0, 0);

    public string Description => "Writes the generated frames as an H.264 MP4 with the driving video's audio, a GIF, and/or numbered PNG frames.";

    public IReadOnlyList<ParameterSpec> Parameters => EncodeOptions.Specs;

    public IReadOnlyList<string> Requires { get; } = [Artifacts.Frames.Name];

    public IReadOnlyList<string> Provides { get; } = [EncodeArtifacts.FramesWritten.Name];

    public IStage Create(StageParameters parameters, IServiceProvider services) => new EncodeStage(
        EncodeOptions.From(parameters),
        services.GetRequiredService<IVideoWriterFactory>(),
        services.GetRequiredService<IImageCodec>());
}
