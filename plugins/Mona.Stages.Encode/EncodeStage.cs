using Microsoft.Extensions.Logging;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Stages.Encode;

/// <summary>
/// Consumes an item's <see cref="FrameStream"/> once and fans every frame out to each requested
/// output, so frames are generated (or decoded) a single time whatever the number of formats.
/// </summary>
public sealed class EncodeStage : IStage
{
    private readonly EncodeOptions _options;
    private readonly IVideoWriterFactory _writers;
    private readonly IImageCodec _codec;

    public EncodeStage(EncodeOptions options, IVideoWriterFactory writers, IImageCodec codec)
    {
        _options = options;
        _writers = writers;
        _codec = codec;
    }

    /// <inheritdoc />
    public async ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        var stream = item.Get(Artifacts.Frames);
        var sinks = new List<IFrameSink>();
        try
        {
            foreach (var format in _options.Formats) sinks.Add(OpenSink(format, item, stream));
            long count = 0;
            await foreach (var frame in stream.Frames(cancellationToken).WithCancellation(cancellationToken))
            {
                foreach (var sink in sinks) await sink.WriteAsync(frame, cancellationToken);
                count++;
            }
            if (count == 0) throw new ItemFailedException($"encode: item '{item.Name}' has no frames to write");
            foreach (var sink in sinks) await sink.CompleteAsync(cancellationToken);

            item.Set(EncodeArtifacts.FramesWritten, count);
            if (stream.FrameCount >= 0 && count != stream.FrameCount)
                item.Warnings.Enqueue($"encode: {count} frames written but the frame stream announced {stream.FrameCount}");
            context.Logger.LogInformation("encode: wrote {Count} frames at {Rate} fps as {Formats} for {Item}",
                count, stream.FrameRate, string.Join(", ", _options.Formats), item.Name);
        }
        finally
        {
            foreach (var sink in sinks) await sink.DisposeAsync();
        }
    }

    private IFrameSink OpenSink(string format, WorkItem item, FrameStream stream)
    {
        var folder = item.OutputDirectory;
        return format switch
        {
            EncodeOptions.Mp4 => new VideoFileSink(_writers.Open(new VideoWriteRequest(
                Path.Combine(folder, _options.FileName + ".mp4"), stream.Width, stream.Height, stream.FrameRate,
                stream.AudioSourcePath, _options.Crf))),
            EncodeOptions.Gif => new VideoFileSink(_writers.Open(new VideoWriteRequest(
                Path.Combine(folder, _options.FileName + ".gif"), stream.Width, stream.Height, stream.FrameRate)
            {
                ScaleToWidth = Math.Min(_options.GifWidth, stream.Width),
            })),
            EncodeOptions.Png => new PngSequenceSink(_codec, Path.Combine(folder, "frames")),
            _ => throw new InvalidOperationException($"encode: unknown format '{format}'"),
        };
    }
}
