using System.Text.Json.Serialization;

namespace Mona.Nn.Tests.Faces;

/// <summary>
/// face-api's results for one image; when timed, <c>ms</c> is its best detect + landmarks +
/// descriptors time and <c>times</c> every timed run (after a warm-up), in milliseconds.
/// </summary>
public sealed record ReferenceImage(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("ms")] double? Milliseconds,
    [property: JsonPropertyName("times")] List<double>? Times,
    [property: JsonPropertyName("ssd")] List<ReferenceFace> Ssd,
    [property: JsonPropertyName("tiny")] List<ReferenceFace> Tiny);
