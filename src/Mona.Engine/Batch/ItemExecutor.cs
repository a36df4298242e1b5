using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mona.Sdk.IO;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Engine.Batch;

/// <summary>
/// Takes one item from its shots to its place in the output folder: key, up-to-date check,
/// stages in a staging folder, atomic move, manifest entry. Failures become results; only
/// cancellation escapes, after the staging folder is gone.
/// </summary>
internal sealed class ItemExecutor
{
    private readonly BatchRun _run;
    private readonly FileHasher _hasher;
    private readonly IServiceProvider _services;
    private readonly IBatchProgress _progress;
    private readonly ILogger _logger;

    public ItemExecutor(BatchRun run, FileHasher hasher, IServiceProvider services, IBatchProgress progress, ILogger logger)
    {
        _run = run;
        _hasher = hasher;
        _services = services;
        _progress = progress;
        _logger = logger;
    }

    /// <summary>Runs the item; throws <see cref="OperationCanceledException"/> only when the run is cancelled.</summary>
    public async Task<ItemResult> RunAsync(BatchItem item, CancellationToken cancellationToken)
    {
        _progress.ItemStarted(item.Name);
        var clock = Stopwatch.StartNew();
        var result = await ProcessAsync(item, clock, cancellationToken).ConfigureAwait(false);
        if (result.Status == ItemStatus.Failed) _logger.LogInformation("item {Item} failed: {Error}", item.Name, result.Error);
        _progress.ItemFinished(result);
        return result;
    }

    private async Task<ItemResult> ProcessAsync(BatchItem item, Stopwatch clock, CancellationToken cancellationToken)
    {
        string key;
        try
        {
            key = await ComputeKeyAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(item, clock, $"cannot read the shots of '{item.Name}': {e.Message}", null, [], item.Warnings);
        }

        var finalDirectory = _run.Layout.ItemDirectory(item.Name);
        if (_run.Manifest.IsUpToDate(item.Name, key, finalDirectory))
        {
            var outputs = _run.Manifest.Find(item.Name)!.Outputs;
            return new ItemResult(item.Name, item.Shots, ItemStatus.Skipped, null, null, [], Elapsed(clock), item.Warnings, outputs);
        }
        return await BuildAsync(item, key, finalDirectory, clock, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ComputeKeyAsync(BatchItem item, CancellationToken cancellationToken)
    {
        var shotHashes = new string[item.Shots.Count];
        for (var i = 0; i < shotHashes.Length; i++)
            shotHashes[i] = await _hasher.HashAsync(item.Shots[i], cancellationToken).ConfigureAwait(false);
        return ItemKey.Compute(_run.Fingerprint, shotHashes, _run.DrivingVideoHash);
    }

    private async Task<ItemResult> BuildAsync(BatchItem item, string key, string finalDirectory, Stopwatch clock, CancellationToken cancellationToken)
    {
        string staging;
        try
        {
            staging = _run.Staging.Create(item.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(item, clock, $"cannot create a staging folder for '{item.Name}': {e.Message}", null, [], item.Warnings);
        }
        var work = new WorkItem(item.Name, item.Shots, staging);
        foreach (var warning in item.Warnings) work.Warnings.Enqueue(warning);
        var timings = new List<StageTiming>();
        try
        {
            await using (var scope = _services.CreateAsyncScope())
            {
                work.Set(Artifacts.Images, new LazyDecodedImages(item.Shots, scope.ServiceProvider.GetService<IImageCodec>()));
                await RunStagesAsync(work, scope.ServiceProvider, timings, cancellationToken).ConfigureAwait(false);
            }
            // Past this point the item is done: finish moving it even if cancellation arrives now.
            var outputs = await ListOutputsAsync(staging).ConfigureAwait(false);
            StagingArea.Promote(staging, finalDirectory);
            _run.Manifest.Record(item.Name, new ManifestEntry(key, outputs));
            return new ItemResult(item.Name, item.Shots, ItemStatus.Succeeded, null, null, timings, Elapsed(clock), [.. work.Warnings], outputs);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not ItemFailedException)
        {
            // Whatever a stage throws while being cancelled is the cancellation, not the item's fault.
            StagingArea.Discard(staging);
            throw new OperationCanceledException($"item '{item.Name}' was cancelled", e, cancellationToken);
        }
        catch (Exception e)
        {
            StagingArea.Discard(staging);
            RemoveStaleOutputs(item.Name, finalDirectory);
            var stage = timings.Count < _run.Stages.Count ? _run.Stages[timings.Count].Name : null;
            return Failed(item, clock, Describe(e, stage), stage, timings, [.. work.Warnings]);
        }
    }

    private async Task RunStagesAsync(WorkItem work, IServiceProvider services, List<StageTiming> timings, CancellationToken cancellationToken)
    {
        foreach (var stage in _run.Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new StageContext(stage.Logger, services, _run.Settings);
            var started = Stopwatch.GetTimestamp();
            using (stage.Logger.BeginScope("item {Item}", work.Name))
                await stage.Stage.RunAsync(work, context, cancellationToken).ConfigureAwait(false);
            timings.Add(new StageTiming(stage.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }

    // A failed item must not leave an older result behind that no longer matches its inputs.
    private void RemoveStaleOutputs(string itemName, string finalDirectory)
    {
        _run.Manifest.Forget(itemName);
        if (Directory.Exists(finalDirectory)) StagingArea.Discard(finalDirectory);
    }

    private static async Task<IReadOnlyList<OutputFile>> ListOutputsAsync(string directory)
    {
        var outputs = new List<OutputFile>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
            var hash = await FileHash.Sha256Async(file, CancellationToken.None).ConfigureAwait(false);
            outputs.Add(new OutputFile(relative, new FileInfo(file).Length, hash));
        }
        outputs.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return outputs;
    }

    private static string Describe(Exception e, string? stage) => e switch
    {
        ItemFailedException => e.Message,
        _ when stage is not null => $"stage '{stage}' threw {e.GetType().Name}: {e.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private static ItemResult Failed(BatchItem item, Stopwatch clock, string error, string? stage, IReadOnlyList<StageTiming> timings, IReadOnlyList<string> warnings) =>
        new(item.Name, item.Shots, ItemStatus.Failed, error, stage, timings, Elapsed(clock), warnings, []);

    private static double Elapsed(Stopwatch clock) => clock.Elapsed.TotalMilliseconds;
}
