namespace Mona.TalkingHeads.Tests;

/// <summary>A fact that prepares real clips with the face models: skipped, saying why, without the models, the development data or ffmpeg.</summary>
public sealed class FaceDataFactAttribute : FactAttribute
{
    public FaceDataFactAttribute()
    {
        Skip = Reason;
    }

    /// <summary>Why such a test must skip, or null when the models, the data and ffmpeg are all there.</summary>
    public static string? Reason => SkipReasons.Models ?? SkipReasons.SharedData ?? SkipReasons.Ffmpeg;
}
