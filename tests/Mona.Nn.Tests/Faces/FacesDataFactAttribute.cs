namespace Mona.Nn.Tests.Faces;

/// <summary>A fact that runs the face models on the development data: skipped, saying why, without the models, the data or ffmpeg.</summary>
public sealed class FacesDataFactAttribute : FactAttribute
{
    public FacesDataFactAttribute()
    {
        if (ModelCache.FaceApiModels is null) Skip = "face models not in the cache: run ./mona setup first";
        else if (Repository.SharedData is null) Skip = $"development data not found at {Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data"))}";
        else if (Tools.Find("ffmpeg") is null) Skip = "ffmpeg is not on PATH (needed to decode the test images)";
    }
}
