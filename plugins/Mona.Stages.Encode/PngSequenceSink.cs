using System.Globalization;
using Mona.Sdk.Media;

namespace Mona.Stages.Encode;

/// <summary>Numbered PNG frames (000001.png, ...) in a folder; each file is saved atomically by the codec.</summary>
internal sealed class PngSequenceSink : IFrameSink
{
    private readonly IImageCodec _codec;
    private readonly string _folder;
    private long _index;
    private bool _completed;

    public PngSequenceSink(IImageCodec codec, string folder)
    {
        _codec = codec;
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    public ValueTask WriteAsync(RgbImage frame, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _index++;
        _codec.Save(frame, Path.Combine(_folder, _index.ToString("D6", CultureInfo.InvariantCulture) + ".png"));
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        _completed = true;
        return ValueTask.CompletedTask;
    }

    /// <summary>An unfinished sequence is removed, like a video writer's partial file.</summary>
    public ValueTask DisposeAsync()
    {
        if (!_completed && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
