using Mona.Sdk.Media;

namespace Mona.Stages.Encode;

/// <summary>An MP4 or GIF file written through the host's video writer.</summary>
internal sealed class VideoFileSink : IFrameSink
{
    private readonly IVideoWriter _writer;

    public VideoFileSink(IVideoWriter writer) => _writer = writer;

    public ValueTask WriteAsync(RgbImage frame, CancellationToken cancellationToken) => _writer.WriteFrameAsync(frame, cancellationToken);

    public async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _writer.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
