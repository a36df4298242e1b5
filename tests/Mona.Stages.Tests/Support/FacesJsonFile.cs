using System.Numerics;
using System.Text.Json;

namespace Mona.Stages.Tests.Support;

/// <summary>A parsed faces.json, read back independently of the writer.</summary>
internal sealed record FacesJsonFile(IReadOnlyList<FacesJsonShot> Shots, float[]? Identity)
{
    public static FacesJsonFile Read(string folder)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, "faces.json")));
        var root = document.RootElement;
        var shots = root.GetProperty("shots").EnumerateArray().Select(shot => new FacesJsonShot(
            shot.GetProperty("file").GetString()!,
            shot.GetProperty("width").GetInt32(),
            shot.GetProperty("height").GetInt32(),
            [.. shot.GetProperty("faces").EnumerateArray().Select(ReadFace)])).ToList();
        return new FacesJsonFile(shots, root.TryGetProperty("identity", out var identity) ? Floats(identity) : null);
    }

    private static FacesJsonFace ReadFace(JsonElement face) => new(
        Floats(face.GetProperty("box")),
        face.GetProperty("score").GetSingle(),
        [.. face.GetProperty("landmarks").EnumerateArray().Select(p => new Vector2(p[0].GetSingle(), p[1].GetSingle()))],
        face.TryGetProperty("descriptor", out var descriptor) ? Floats(descriptor) : null);

    private static float[] Floats(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetSingle())];
}
