namespace Mona.Sdk.Media;

/// <summary>Decodes videos frame by frame; offered by the host over FFmpeg.</summary>
public interface IVideoReader
{
    /// <summary>Probes a video file.</summary>
    /// <exception cref="Stages.ItemFailedException">Not a readable video; the message names the file.</exception>
    VideoInfo Probe(string path);

    /// <summary>Streams the frames in order; only a few frames are ever held in memory.</summary>
    IAsyncEnumerable<RgbImage> ReadFramesAsync(string path, CancellationToken cancellationToken = default);
}
