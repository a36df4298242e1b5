namespace Mona.Training.Tests.Support;

/// <summary>A fact that runs the face models on the development data (portraits or clips): skipped, saying why, without the models, the data or ffmpeg.</summary>
public sealed class FaceDataFactAttribute : FactAttribute
{
    public FaceDataFactAttribute()
    {
        Skip = Reason;
    }

    /// <summary>Why such a test must skip, or null when the models, the data and ffmpeg are all there.</summary>
    public static string? Reason => SkipReasons.Models ?? SkipReasons.SharedData ?? SkipReasons.Ffmpeg;
}
