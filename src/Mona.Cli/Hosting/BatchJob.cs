using Mona.Engine.Batch;
using Mona.Engine.Pipelines;

namespace Mona.Cli.Hosting;

/// <summary>The one batch a <c>mona run</c> host exists to run.</summary>
/// <param name="Pipeline">The validated pipeline, overrides applied.</param>
/// <param name="Shard">This process's shard.</param>
internal sealed record BatchJob(ValidatedPipeline Pipeline, ShardSpec Shard)
{
    public BatchLayout Layout => new(Pipeline.OutputDirectory, Shard);
}
