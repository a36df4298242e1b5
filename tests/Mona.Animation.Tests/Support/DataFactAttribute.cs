namespace Mona.Animation.Tests.Support;

/// <summary>A fact that skips, saying why, when the development data or ffmpeg is absent.</summary>
public sealed class DataFactAttribute : FactAttribute
{
    public DataFactAttribute(bool ffmpeg = false)
    {
        Skip = SkipReasons.SharedData ?? (ffmpeg ? SkipReasons.Ffmpeg : null);
    }
}
