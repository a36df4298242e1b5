namespace Mona.Media.Tests.Support;

/// <summary>
/// A fact that skips, saying why, when what it needs is absent: the development data
/// (<c>../shared/data</c>) or the ffmpeg/ffprobe binaries.
/// </summary>
public sealed class MediaFactAttribute : FactAttribute
{
    public MediaFactAttribute(bool sharedData = false, bool ffmpeg = false)
    {
        if (sharedData && SharedData.Root is null)
            Skip = "needs the development data: no shared/data folder found above the test binaries (expected at ../shared/data from the repository root)";
        else if (ffmpeg && !MediaTool.IsInstalled)
            Skip = "needs ffmpeg and ffprobe on PATH (./mona setup or apt-get install ffmpeg)";
    }
}
