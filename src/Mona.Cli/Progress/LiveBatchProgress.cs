using Mona.Engine.Batch;
using Spectre.Console;

namespace Mona.Cli.Progress;

/// <summary>Drives one Spectre progress task: a bar over the shard's items, counts and the ETA in its description.</summary>
internal sealed class LiveBatchProgress : IBatchProgress
{
    private readonly ProgressContext _context;
    private readonly ProgressTally _tally = new();
    private readonly object _gate = new();
    private ProgressTask? _task;
    private string _pipeline = "";
    private int _failed;

    public LiveBatchProgress(ProgressContext context) => _context = context;

    public void BatchStarted(string pipelineName, int itemCount)
    {
        _tally.Start(itemCount);
        lock (_gate)
        {
            _pipeline = Markup.Escape(pipelineName);
            _task = _context.AddTask($"{_pipeline} 0/{itemCount}", maxValue: Math.Max(itemCount, 1));
        }
    }

    public void ItemStarted(string itemName) { }

    public void ItemFinished(ItemResult result)
    {
        var (finished, total, remaining) = _tally.Record(result);
        lock (_gate)
        {
            if (result.Status == ItemStatus.Failed) _failed++;
            if (_task is null) return;
            var failed = _failed > 0 ? $" [red]{_failed} failed[/]" : "";
            var eta = remaining is { } left && finished < total ? $" ETA {DurationText.Clock(left)}" : "";
            _task.Description = $"{_pipeline} {finished}/{total}{failed}[grey]{eta}[/] {Markup.Escape(result.Name)}";
            _task.Increment(1);
        }
    }

    public void BatchFinished(BatchReport report)
    {
        lock (_gate)
        {
            if (_task is null) return;
            _task.Description = $"{_pipeline} {report.Totals.Items - report.Totals.NotFinished}/{report.Totals.Items}";
            _task.StopTask();
        }
    }
}
