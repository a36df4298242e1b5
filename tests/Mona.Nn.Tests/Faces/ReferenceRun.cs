using System.Text.Json.Serialization;

namespace Mona.Nn.Tests.Faces;

/// <summary>What <c>tools/parity/reference.mjs</c> prints: face-api's results per image.</summary>
internal sealed record ReferenceRun(
    [property: JsonPropertyName("backend")] string Backend,
    [property: JsonPropertyName("images")] List<ReferenceImage> Images);
