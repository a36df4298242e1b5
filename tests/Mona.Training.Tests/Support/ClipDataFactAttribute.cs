namespace Mona.Training.Tests.Support;

/// <summary>A fact that prepares real clips: needs the development data, the face models and ffmpeg; skipped, saying which is missing.</summary>
public sealed class ClipDataFactAttribute : FactAttribute
{
    public ClipDataFactAttribute()
    {
        Skip = SkipReasons.SharedData ?? SkipReasons.Models ?? SkipReasons.Ffmpeg;
    }
}
