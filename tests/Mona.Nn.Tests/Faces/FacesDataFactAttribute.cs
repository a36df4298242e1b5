namespace Mona.Nn.Tests.Faces;

/// <summary>A fact that runs the face models on the development data: skipped, saying why, without the models, the data or ffmpeg.</summary>
public sealed class FacesDataFactAttribute : FactAttribute
{
    public FacesDataFactAttribute()
    {
        Skip = SkipReasons.Models ?? SkipReasons.SharedData ?? SkipReasons.Ffmpeg;
    }
}
