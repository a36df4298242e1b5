namespace Mona.Media.Tests.Support;

/// <summary>
/// A fact that skips, saying why, when what it needs is absent: the development data
/// (<c>../shared/data</c>) or the ffmpeg/ffprobe binaries.
/// </summary>
public sealed class MediaFactAttribute : FactAttribute
{
    public MediaFactAttribute(bool sharedData = false, bool ffmpeg = false)
    {
        Skip = (sharedData ? SkipReasons.SharedData : null) ?? (ffmpeg ? SkipReasons.Ffmpeg : null);
    }
}
