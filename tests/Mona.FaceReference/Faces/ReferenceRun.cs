using System.Text.Json.Serialization;

namespace Mona.Nn.Tests.Faces;

/// <summary>
/// What <c>tools/parity/reference.mjs</c> prints: the tfjs backend and versions, whether the wasm
/// backend runs SIMD and threaded code, and face-api's results per image.
/// </summary>
public sealed record ReferenceRun(
    [property: JsonPropertyName("backend")] string Backend,
    [property: JsonPropertyName("tfjs")] string? Tfjs,
    [property: JsonPropertyName("faceapi")] string? FaceApi,
    [property: JsonPropertyName("wasmSimd")] bool? WasmSimd,
    [property: JsonPropertyName("wasmThreads")] bool? WasmThreads,
    [property: JsonPropertyName("images")] List<ReferenceImage> Images);
