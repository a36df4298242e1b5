namespace Mona.Sdk.Media;

/// <summary>Creates video writers; offered by the host over FFmpeg.</summary>
public interface IVideoWriterFactory
{
    IVideoWriter Open(VideoWriteRequest request);
}

/// <summary>
/// Streams frames to an encoder. Nothing appears at the final path until
/// <see cref="CompleteAsync"/> succeeds; disposing without completing deletes the partial file.
/// </summary>
public interface IVideoWriter : IAsyncDisposable
{
    ValueTask WriteFrameAsync(RgbImage frame, CancellationToken cancellationToken = default);

    /// <summary>Finishes encoding and moves the file into place; returns the number of frames written.</summary>
    ValueTask<long> CompleteAsync(CancellationToken cancellationToken = default);
}
