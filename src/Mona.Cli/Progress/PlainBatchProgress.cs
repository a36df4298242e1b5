using Mona.Engine.Batch;

namespace Mona.Cli.Progress;

/// <summary>One line per finished item, for logs and pipes: <c>[3/12] mona-lisa: ok (1.2 s) ETA 0:14</c>.</summary>
internal sealed class PlainBatchProgress : IBatchProgress
{
    private readonly TextWriter _out;
    private readonly ProgressTally _tally = new();
    private readonly object _writeGate = new();

    public PlainBatchProgress(TextWriter output) => _out = output;

    public void BatchStarted(string pipelineName, int itemCount)
    {
        _tally.Start(itemCount);
        Write($"{pipelineName}: {itemCount} item{(itemCount == 1 ? "" : "s")}");
    }

    public void ItemStarted(string itemName) { }

    public void ItemFinished(ItemResult result)
    {
        var (finished, total, remaining) = _tally.Record(result);
        var outcome = result.Status switch
        {
            ItemStatus.Succeeded => $"ok ({DurationText.Seconds(result.DurationMilliseconds)})",
            ItemStatus.Skipped => "up to date",
            _ => $"FAILED: {result.Error} ({DurationText.Seconds(result.DurationMilliseconds)})",
        };
        var eta = remaining is { } left && finished < total ? $" ETA {DurationText.Clock(left)}" : "";
        Write($"[{finished}/{total}] {result.Name}: {outcome}{eta}");
    }

    public void BatchFinished(BatchReport report) { }

    private void Write(string line)
    {
        lock (_writeGate)
        {
            _out.WriteLine(line);
            _out.Flush();
        }
    }
}
