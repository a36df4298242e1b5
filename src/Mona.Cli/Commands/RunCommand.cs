using System.CommandLine;
using Mona.Cli.Hosting;
using Mona.Engine.Batch;
using Mona.Engine.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Mona.Cli.Setup;
using Mona.Media;
using Mona.Sdk.Models;

namespace Mona.Cli.Commands;

/// <summary>
/// <c>mona run FILE [--input DIR] [--driving VIDEO] [--output DIR] [--shard i/N] [--parallelism N] [--device D] [--verbose]</c>:
/// runs a pipeline over every portrait of its input folder. Exit codes: 0 all items succeeded or
/// were up to date, 1 an item failed, 2 the pipeline or the run's setup is invalid, 130 cancelled.
/// </summary>
internal static class RunCommand
{
    /// <summary>Environment fallback for <c>--shard</c>, for job schedulers that set variables more easily than arguments.</summary>
    public const string ShardVariable = "MONA_SHARD";

    private static readonly Argument<string> PipelineFile = new("file") { Description = "The pipeline file (YAML)." };
    private static readonly Option<string?> Shard = new("--shard") { Description = $"Run only shard i of N, written i/N with 0 <= i < N (default: ${ShardVariable}, else 0/1)." };
    private static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Log stages, backends and items (default: warnings only)." };

    public static Command Create() => Create(RealDependencies);

    /// <summary>The real pipeline loader over the installed plugins, the real media services and the model cache.</summary>
    public static RunCommandDeps RealDependencies { get; } = new(
        (file, overrides) =>
        {
            var result = new PipelineLoader(HostCatalog.Load()).Load(file, overrides);
            return result.Succeeded
                ? PipelineLoadOutcome.Valid(result.Pipeline!)
                : PipelineLoadOutcome.Invalid([.. result.Errors.Select(e => e.ToString())]);
        },
        services => services.AddMonaMedia().AddSingleton<IModelStore>(new CacheModelStore(MonaPaths.ModelCache)));

    public static Command Create(RunCommandDeps deps)
    {
        var command = new Command("run", "Animate every portrait of the input folder with a pipeline.")
        {
            PipelineFile, Shard, Verbose,
        };
        PipelineOverrideOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => HandleAsync(
            new RunRequest(
                parse.GetValue(PipelineFile)!,
                PipelineOverrideOptions.Read(parse),
                parse.GetValue(Shard) ?? Environment.GetEnvironmentVariable(ShardVariable),
                parse.GetValue(Verbose)),
            deps,
            cancellationToken));
        return command;
    }

    /// <summary>Validates the request, loads the pipeline and runs the batch host; returns the exit code.</summary>
    public static async Task<int> HandleAsync(RunRequest request, RunCommandDeps deps, CancellationToken cancellationToken)
    {
        ShardSpec shard;
        try
        {
            shard = string.IsNullOrWhiteSpace(request.Shard) ? ShardSpec.All : ShardSpec.Parse(request.Shard.Trim());
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync($"mona run: --shard: {e.Message}");
            return BatchExitCode.InvalidPipeline;
        }
        if (request.Overrides.Parallelism is < 1)
        {
            await Console.Error.WriteLineAsync($"mona run: --parallelism must be at least 1, got {request.Overrides.Parallelism}");
            return BatchExitCode.InvalidPipeline;
        }

        var loaded = deps.LoadPipeline(Path.GetFullPath(request.PipelineFile), request.Overrides);
        if (loaded.Pipeline is null)
        {
            foreach (var error in loaded.Errors) await Console.Error.WriteLineAsync(error);
            return BatchExitCode.InvalidPipeline;
        }
        if (DeviceGate.Check(loaded.Pipeline.Device, Console.Error) is { } deviceError)
        {
            await Console.Error.WriteLineAsync($"mona run: {deviceError}");
            return BatchExitCode.InvalidPipeline;
        }
        return await BatchHost.RunAsync(new BatchJob(loaded.Pipeline, shard), request.Verbose, deps.AddMediaServices, cancellationToken);
    }
}
