using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Stages.Sample;

/// <summary>
/// Registers the <c>grayscale</c> stage: the host finds this public type in the plugin, creates it
/// with its parameterless constructor and lists it in <c>mona plugins</c>. In a pipeline file:
/// <code>
/// stages:
///   - grayscale: { weights: rec709 }
/// </code>
/// </summary>
public sealed class GrayscaleDefinition : IStageDefinition
{
    /// <inheritdoc/>
    public string Name => "grayscale";

    /// <inheritdoc/>
    public Version Version { get; } = new(1, 0, 0);

    /// <inheritdoc/>
    public string Description => "Converts each shot of a person to grayscale and saves it into the item's output folder.";

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Parameters => GrayscaleOptions.Parameters;

    /// <inheritdoc/>
    /// <remarks>Nothing: the stage reads <see cref="Artifacts.Images"/> when an earlier stage decoded the shots, and decodes them itself otherwise.</remarks>
    public IReadOnlyList<string> Requires { get; } = [];

    /// <inheritdoc/>
    /// <remarks>Nothing: the stage only writes files.</remarks>
    public IReadOnlyList<string> Provides { get; } = [];

    /// <inheritdoc/>
    public IStage Create(StageParameters parameters, IServiceProvider services) => new GrayscaleStage(GrayscaleOptions.From(parameters));
}
