using System.Text.Json;
using Mona.Sdk.Faces;

namespace Mona.Stages.Faces.Shared;

/// <summary>
/// <c>faces.json</c>, the item's faces in original-image pixels. <c>detect</c> writes it; <c>embed</c>
/// rewrites it with the descriptors. Always one entry per shot, even for a single portrait:
/// <code>
/// { "shots": [ { "file": "ana.jpg", "width": 800, "height": 1000,
///                "faces": [ { "box": [x, y, w, h], "score": 0.98, "landmarks": [[x, y], ... 68],
///                             "descriptor": [128 floats] } ] } ],
///   "identity": [128 floats] }
/// </code>
/// <c>descriptor</c> and <c>identity</c> (the normalised mean over shots) appear only once computed.
/// Written atomically (temp file, then rename).
/// </summary>
internal static class FacesJson
{
    public const string FileName = "faces.json";

    public static void Write(string folder, FacesArtifact faces, FaceIdentity? identity, bool withDescriptors)
    {
        var path = Path.Combine(folder, FileName);
        var temp = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = File.Create(temp))
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
            {
                json.WriteStartObject();
                json.WriteStartArray("shots");
                foreach (var shot in faces.Shots) WriteShot(json, shot, withDescriptors);
                json.WriteEndArray();
                if (withDescriptors && identity is not null) WriteFloats(json, "identity", identity.Mean);
                json.WriteEndObject();
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void WriteShot(Utf8JsonWriter json, ShotFaces shot, bool withDescriptors)
    {
        json.WriteStartObject();
        json.WriteString("file", Path.GetFileName(shot.ShotPath));
        json.WriteNumber("width", shot.Width);
        json.WriteNumber("height", shot.Height);
        json.WriteStartArray("faces");
        foreach (var face in shot.Faces)
        {
            json.WriteStartObject();
            json.WriteStartArray("box");
            foreach (var v in new[] { face.Box.X, face.Box.Y, face.Box.Width, face.Box.Height }) json.WriteNumberValue(Round(v));
            json.WriteEndArray();
            json.WriteNumber("score", Math.Round(face.Score, 4));
            json.WriteStartArray("landmarks");
            foreach (var point in face.Landmarks)
            {
                json.WriteStartArray();
                json.WriteNumberValue(Round(point.X));
                json.WriteNumberValue(Round(point.Y));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            if (withDescriptors && face.Descriptor is not null) WriteFloats(json, "descriptor", face.Descriptor);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFloats(Utf8JsonWriter json, string name, IReadOnlyList<float> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteNumberValue(v);
        json.WriteEndArray();
    }

    // Hundredths of a pixel: far below the landmark net's error, and keeps the file readable.
    private static double Round(float value) => Math.Round(value, 2);
}
