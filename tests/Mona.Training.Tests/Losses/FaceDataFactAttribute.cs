namespace Mona.Training.Tests.Losses;

/// <summary>A fact that runs the face models on portraits of the development data: skipped, saying why, without the models, the data or ffmpeg.</summary>
public sealed class FaceDataFactAttribute : FactAttribute
{
    public FaceDataFactAttribute()
    {
        Skip = SkipReasons.Models ?? SkipReasons.SharedData ?? SkipReasons.Ffmpeg;
    }
}
