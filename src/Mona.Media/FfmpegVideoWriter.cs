using System.Diagnostics;
using Mona.Sdk.IO;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Media;

/// <summary>
/// Streams frames into an ffmpeg process's stdin and renames its temp output into place on completion.
/// </summary>
/// <remarks>
/// A direct <see cref="Process"/> rather than FFMpegCore's RawVideoPipeSource: that source pulls
/// frames from a synchronous enumerator it owns, while IVideoWriter is pushed one frame at a time
/// by async callers. Writing straight to stdin keeps the push model, back-pressure (a full pipe
/// makes the caller wait) and at most one frame in flight, without a blocking bridge thread.
/// </remarks>
internal sealed class FfmpegVideoWriter : IVideoWriter
{
    private readonly VideoWriteRequest _request;
    private readonly Process _process;
    private readonly Stream _input;
    private readonly StderrTail _stderr;
    private readonly string _tempPath;
    private long _framesWritten;
    private bool _completed;
    private bool _disposed;

    private FfmpegVideoWriter(VideoWriteRequest request, Process process, StderrTail stderr, string tempPath)
    {
        _request = request;
        _process = process;
        _input = process.StandardInput.BaseStream;
        _stderr = stderr;
        _tempPath = tempPath;
    }

    public static FfmpegVideoWriter Start(FfmpegBinaries binaries, VideoWriteRequest request, IReadOnlyList<string> arguments, string tempPath)
    {
        var stderr = new StderrTail();
        var process = binaries.StartFfmpeg(arguments, stderr, redirectInput: true, redirectOutput: false);
        return new FfmpegVideoWriter(request, process, stderr, tempPath);
    }

    /// <inheritdoc />
    public async ValueTask WriteFrameAsync(RgbImage frame, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException($"video {_request.Path} is already complete");
        if (frame.Width != _request.Width || frame.Height != _request.Height)
        {
            throw new ArgumentException(
                $"frame is {frame.Width}x{frame.Height} but video {_request.Path} was opened for {_request.Width}x{_request.Height}", nameof(frame));
        }
        try
        {
            await _input.WriteAsync(frame.Pixels, cancellationToken);
        }
        catch (IOException e)
        {
            // A broken pipe: ffmpeg has exited; its stderr says why.
            await WaitQuietlyAsync();
            throw Failed($"ffmpeg stopped accepting frames after {_framesWritten}", e);
        }
        _framesWritten++;
    }

    /// <inheritdoc />
    public async ValueTask<long> CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) return _framesWritten;
        if (_framesWritten == 0) throw new InvalidOperationException($"cannot write video {_request.Path}: no frames were written");
        try
        {
            await _input.FlushAsync(cancellationToken);
            _input.Close(); // end of input: ffmpeg finishes encoding and writes the index
        }
        catch (IOException e)
        {
            await WaitQuietlyAsync();
            throw Failed("ffmpeg exited before the end of input", e);
        }
        await _process.WaitForExitAsync(cancellationToken);
        if (_process.ExitCode != 0) throw Failed($"ffmpeg failed with exit code {_process.ExitCode}", null);
        if (!File.Exists(_tempPath)) throw Failed("ffmpeg exited without writing the file", null);
        AtomicFile.Commit(_tempPath, _request.Path);
        _completed = true;
        return _framesWritten;
    }

    /// <summary>Ends ffmpeg if still running and removes the partial file unless the video was completed.</summary>
    public ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        _disposed = true;
        if (!_completed)
        {
            FfmpegVideoReader.StopIfRunning(_process);
            AtomicFile.Discard(_tempPath);
        }
        try
        {
            _input.Dispose();
        }
        catch (IOException)
        {
            // Flushing into a dead pipe on dispose: nothing left to save.
        }
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async ValueTask WaitQuietlyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Still running after a broken pipe: DisposeAsync kills it.
        }
    }

    private ItemFailedException Failed(string what, Exception? inner)
    {
        var message = $"cannot write video {_request.Path}: {what} ({_stderr})";
        return inner is null ? new ItemFailedException(message) : new ItemFailedException(message, inner);
    }
}
