using Microsoft.Extensions.Logging;
using Mona.Engine.Pipelines;
using Mona.Sdk.Stages;

namespace Mona.Engine.Batch;

/// <summary>
/// Runs a validated pipeline over the items of its input folder (or one shard of them): at most
/// <see cref="ValidatedPipeline.Parallelism"/> items at once, each built in staging and moved into
/// place whole, items already up to date skipped, failures recorded while the rest carry on, and
/// a report written at the end, also when cancelled.
/// </summary>
public sealed class BatchRunner
{
    private readonly IServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <param name="services">Services offered to stages (image codec, video IO, backends).</param>
    /// <param name="loggerFactory">Source of the runner's and the stages' loggers.</param>
    /// <param name="time">The clock of the report's start and end times.</param>
    public BatchRunner(IServiceProvider services, ILoggerFactory loggerFactory, TimeProvider? time = null)
    {
        _services = services;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger("Mona.Batch");
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Runs the batch and writes its report.</summary>
    /// <returns>The report; its <see cref="BatchReport.ExitCode"/> is the process's.</returns>
    /// <exception cref="BatchSetupException">Nothing could run (missing input folder, a stage that cannot start, an unreadable driving video).</exception>
    /// <exception cref="OperationCanceledException">Cancelled before any item started.</exception>
    public async Task<BatchReport> RunAsync(ValidatedPipeline pipeline, ShardSpec shard, IBatchProgress progress, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var layout = new BatchLayout(pipeline.OutputDirectory, shard);
        var items = Discover(pipeline, shard);
        var hasher = new FileHasher();
        var run = await PrepareAsync(pipeline, layout, hasher, cancellationToken).ConfigureAwait(false);
        try
        {
            _logger.LogInformation("{Pipeline}: {Count} items in shard {Shard}, {Parallelism} at once, device {Device}; stages {Stages}",
                pipeline.Name, items.Count, shard, pipeline.Parallelism, pipeline.Device,
                string.Join(", ", pipeline.Steps.Select(s => $"{s.Definition.Name} {s.Definition.Version}")));
            progress.BatchStarted(pipeline.Name, items.Count);
            var executor = new ItemExecutor(run, hasher, _services, progress, _logger);
            var (results, cancelled) = await ExecuteAsync(items, executor, pipeline.Parallelism, cancellationToken).ConfigureAwait(false);
            run.Staging.DeleteIfEmpty();

            var report = new BatchReport(pipeline.Name, run.Fingerprint, started, _time.GetUtcNow(), shard.ToString(), cancelled,
                BatchTotals.Of(items.Count, results), results);
            report.Save(layout.ReportPath);
            progress.BatchFinished(report);
            return report;
        }
        finally
        {
            await DisposeStagesAsync(run.Stages).ConfigureAwait(false);
        }
    }

    private List<BatchItem> Discover(ValidatedPipeline pipeline, ShardSpec shard)
    {
        try
        {
            var items = ItemDiscovery.Discover(pipeline.InputDirectory, pipeline.OutputDirectory).Where(item => shard.Contains(item.Name)).ToList();
            foreach (var folder in ItemDiscovery.FoldersWithoutImages(pipeline.InputDirectory, pipeline.OutputDirectory))
                _logger.LogWarning("folder '{Folder}' holds no image files (jpg, jpeg, png, webp, bmp); it is not an item", folder);
            return items;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BatchSetupException($"cannot list the input folder: {e.Message}", e);
        }
    }

    private async Task<BatchRun> PrepareAsync(ValidatedPipeline pipeline, BatchLayout layout, FileHasher hasher, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(layout.OutputDirectory);
        var staging = new StagingArea(layout);
        staging.DeleteLeftovers();
        var manifest = LoadManifest(layout);
        var drivingHash = await HashDrivingVideoAsync(pipeline.Driving, hasher, cancellationToken).ConfigureAwait(false);
        var settings = new RunSettings(pipeline.Name, pipeline.Driving, pipeline.Device, pipeline.OutputDirectory);
        var stages = CreateStages(pipeline);
        return new BatchRun(layout, staging, manifest, pipeline.Fingerprint, drivingHash, stages, settings);
    }

    private ResumeManifest LoadManifest(BatchLayout layout)
    {
        try
        {
            return ResumeManifest.Load(layout.ManifestPath);
        }
        catch (InvalidDataException e)
        {
            // A damaged manifest costs time, not correctness: every item is simply redone.
            _logger.LogWarning("ignoring the resume manifest, every item will be redone: {Reason}", e.Message);
            return ResumeManifest.Empty(layout.ManifestPath);
        }
    }

    private static async Task<string?> HashDrivingVideoAsync(DrivingMotion? driving, FileHasher hasher, CancellationToken cancellationToken)
    {
        if (driving?.VideoPath is not { } video) return null;
        try
        {
            return await hasher.HashAsync(video, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BatchSetupException($"driving video '{video}' cannot be read: {e.Message}", e);
        }
    }

    private List<PreparedStage> CreateStages(ValidatedPipeline pipeline)
    {
        var stages = new List<PreparedStage>(pipeline.Steps.Count);
        foreach (var step in pipeline.Steps)
        {
            var name = step.Definition.Name;
            try
            {
                stages.Add(new PreparedStage(name, step.Definition.Create(step.Parameters, _services), _loggerFactory.CreateLogger($"Mona.Stages.{name}")));
            }
            catch (Exception e)
            {
                DisposeStagesAsync(stages).AsTask().GetAwaiter().GetResult();
                throw new BatchSetupException($"stage '{name}' could not start: {e.Message}", e);
            }
        }
        return stages;
    }

    private static async Task<(List<ItemResult> Results, bool Cancelled)> ExecuteAsync(
        List<BatchItem> items, ItemExecutor executor, int parallelism, CancellationToken cancellationToken)
    {
        // Results land by index so the report keeps name order whatever order items finish in.
        var results = new ItemResult?[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        var cancelled = false;
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options,
                async (index, token) => results[index] = await executor.RunAsync(items[index], token).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        return (results.OfType<ItemResult>().ToList(), cancelled);
    }

    private static async ValueTask DisposeStagesAsync(IEnumerable<PreparedStage> stages)
    {
        foreach (var stage in stages)
        {
            if (stage.Stage is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            else if (stage.Stage is IDisposable disposable) disposable.Dispose();
        }
    }
}
