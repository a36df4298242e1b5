namespace Mona.Media;

/// <summary>How the audio of a video's audio source goes into an MP4.</summary>
internal enum AudioTrackMode
{
    /// <summary>No audio source, or it has no audio stream.</summary>
    None,

    /// <summary>The stream is copied as it is (a codec MP4 can carry).</summary>
    Copy,

    /// <summary>The stream is re-encoded to AAC (PCM, Vorbis and others MP4 cannot carry).</summary>
    ReencodeAac,
}
