namespace Mona.Animation.Tests.Support;

/// <summary>A fact that skips, saying why, when the development data or ffmpeg is absent.</summary>
public sealed class DataFactAttribute : FactAttribute
{
    public DataFactAttribute(bool ffmpeg = false)
    {
        if (SharedData.Root is null)
            Skip = "needs the development data: no shared/data folder found above the test binaries (expected at ../shared/data from the repository root)";
        else if (ffmpeg && !Ffmpeg.IsInstalled)
            Skip = "needs ffmpeg on PATH (./mona setup or apt-get install ffmpeg)";
    }
}
