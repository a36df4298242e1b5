using Mona.Engine.Pipelines;

namespace Mona.Cli.Hosting;

/// <summary>A <c>mona run</c> invocation, parsed.</summary>
/// <param name="PipelineFile">The pipeline file as given.</param>
/// <param name="Overrides">Flags replacing values of the file, as typed.</param>
/// <param name="Shard">The shard text <c>i/N</c>, or null for the whole batch.</param>
/// <param name="Verbose">Whether to log at information level.</param>
internal sealed record RunRequest(string PipelineFile, PipelineOverrides Overrides, string? Shard, bool Verbose);
