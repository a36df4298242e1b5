using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mona.Cli.Progress;
using Mona.Engine.Batch;

namespace Mona.Cli.Hosting;

/// <summary>
/// Runs the batch as the host's only work and stops the application when it is done. Ctrl-C or
/// SIGTERM stop the host, which cancels <c>stoppingToken</c>: no new item starts, running ones are
/// cancelled and their staging removed, and the report of what finished is written.
/// </summary>
internal sealed class BatchService : BackgroundService
{
    private readonly BatchJob _job;
    private readonly BatchRunner _runner;
    private readonly IProgressDisplay _display;
    private readonly BatchOutcome _outcome;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<BatchService> _logger;

    public BatchService(BatchJob job, BatchRunner runner, IProgressDisplay display, BatchOutcome outcome,
        IHostApplicationLifetime lifetime, ILogger<BatchService> logger)
    {
        _job = job;
        _runner = runner;
        _display = display;
        _outcome = outcome;
        _lifetime = lifetime;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the batch takes the console.
        await Task.Yield();
        try
        {
            var report = await _display.RunAsync(progress => _runner.RunAsync(_job.Pipeline, _job.Shard, progress, stoppingToken));
            _display.ShowSummary(report, _job.Layout.ReportPath);
            WriteIndexPage(report);
            _outcome.ExitCode = report.ExitCode;
        }
        catch (BatchSetupException e)
        {
            await Console.Error.WriteLineAsync($"mona run: {e.Message}");
            _outcome.ExitCode = BatchExitCode.InvalidPipeline;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("mona run: cancelled before any item started");
            _outcome.ExitCode = BatchExitCode.Cancelled;
        }
        catch (Exception e)
        {
            _logger.LogCritical(e, "the batch stopped on an unexpected error");
            await Console.Error.WriteLineAsync($"mona run: unexpected {e.GetType().Name}: {e.Message}");
            _outcome.ExitCode = BatchExitCode.ItemsFailed;
        }
        finally
        {
            _lifetime.StopApplication();
        }
    }

    /// <summary>The run's <c>index.html</c>; a failure to write it is reported, never fatal (the videos are already in place).</summary>
    private void WriteIndexPage(BatchReport report)
    {
        try
        {
            Console.WriteLine($"index: {IndexPage.Write(_job.Layout.OutputDirectory, report)}");
        }
        catch (IOException e)
        {
            _logger.LogError(e, "could not write index.html into {Folder}", _job.Layout.OutputDirectory);
        }
    }
}
