namespace Mona.TestSupport;

/// <summary>Why a test that needs something outside the checkout must skip, or null where it is there.</summary>
public static class SkipReasons
{
    /// <summary>Null where <c>../shared/data</c> exists.</summary>
    public static string? SharedData => Repository.SharedData is null ? $"development data not found at {Repository.SharedDataPath}" : null;

    /// <summary>Null where the model cache holds face-api's models.</summary>
    public static string? Models => Repository.FaceApiModels is null ? "face models not in the cache (MONA_CACHE or .cache/models): run ./mona setup first" : null;

    /// <summary>Null where ffmpeg and ffprobe are on PATH.</summary>
    public static string? Ffmpeg => ToolRunner.Find("ffmpeg") is null || ToolRunner.Find("ffprobe") is null
        ? "needs ffmpeg and ffprobe on PATH (./mona setup or apt-get install ffmpeg)"
        : null;
}
