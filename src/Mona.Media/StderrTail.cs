namespace Mona.Media;

/// <summary>
/// Keeps the last lines ffmpeg wrote to stderr, so an error can quote ffmpeg's own reason while a
/// long, chatty run cannot grow memory without bound.
/// </summary>
internal sealed class StderrTail
{
    private const int MaxLines = 20;
    private readonly Queue<string> _lines = new();

    public void Add(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (_lines)
        {
            _lines.Enqueue(line.Trim());
            if (_lines.Count > MaxLines) _lines.Dequeue();
        }
    }

    /// <summary>The kept lines joined by "; ", or a fallback when ffmpeg said nothing.</summary>
    public override string ToString()
    {
        lock (_lines) return _lines.Count == 0 ? "no message from ffmpeg" : string.Join("; ", _lines);
    }
}
