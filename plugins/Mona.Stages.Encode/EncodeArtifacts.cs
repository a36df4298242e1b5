using Mona.Sdk.Stages;

namespace Mona.Stages.Encode;

/// <summary>What the encode stage leaves on an item.</summary>
public static class EncodeArtifacts
{
    /// <summary>The number of frames written to each output.</summary>
    public static readonly ArtifactKey<long> FramesWritten = new("frames_written");
}
