using System.Text.Json.Serialization;

namespace Mona.Nn.Tests.Faces;

/// <summary>A face: box (x, y, w, h) in pixels, score, and for SSD faces 68 landmarks and the descriptor.</summary>
public sealed record ReferenceFace(
    [property: JsonPropertyName("box")] float[] Box,
    [property: JsonPropertyName("score")] float Score,
    [property: JsonPropertyName("landmarks")] float[][]? Landmarks,
    [property: JsonPropertyName("descriptor")] float[]? Descriptor);
