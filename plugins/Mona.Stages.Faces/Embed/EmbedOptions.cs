using Mona.Sdk.Parameters;

namespace Mona.Stages.Faces.Embed;

/// <summary>The embed stage's parameters.</summary>
/// <param name="WriteDescriptors">Whether faces.json is rewritten with each face's descriptor and the identity mean.</param>
internal sealed record EmbedOptions(bool WriteDescriptors)
{
    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        ParameterSpec.Boolean("descriptors", "Write each face's 128-d descriptor and the person's mean identity into faces.json (the identity artifact is made either way).", true),
    ];

    public static EmbedOptions From(StageParameters parameters) => new(parameters.GetBoolean("descriptors"));
}
