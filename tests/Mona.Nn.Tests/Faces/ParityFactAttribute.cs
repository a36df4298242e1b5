namespace Mona.Nn.Tests.Faces;

/// <summary>
/// A fact comparing Mona's face networks with face-api run under Node: skipped, saying why, where
/// the face models, the development data, ffmpeg or Node.js/npm are missing.
/// </summary>
public sealed class ParityFactAttribute : FactAttribute
{
    public ParityFactAttribute()
    {
        if (ModelCache.FaceApiModels is null) Skip = "face models not in the cache: run ./mona setup first";
        else if (Repository.SharedData is null) Skip = $"development data not found at {Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"))}";
        else if (Tools.Find("ffmpeg") is null) Skip = "ffmpeg is not on PATH (needed to decode the test images)";
        else if (FaceApiReference.Unavailable is { } why) Skip = why;
    }
}
