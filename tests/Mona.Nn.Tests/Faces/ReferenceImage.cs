using System.Text.Json.Serialization;

namespace Mona.Nn.Tests.Faces;

/// <summary>face-api's results for one image; <c>ms</c> is its best detect + landmarks + descriptors time, when timed.</summary>
internal sealed record ReferenceImage(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("ms")] double? Milliseconds,
    [property: JsonPropertyName("ssd")] List<ReferenceFace> Ssd,
    [property: JsonPropertyName("tiny")] List<ReferenceFace> Tiny);
