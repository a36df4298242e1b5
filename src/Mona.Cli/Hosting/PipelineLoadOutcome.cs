using Mona.Engine.Pipelines;

namespace Mona.Cli.Hosting;

/// <summary>A pipeline file after loading: the validated pipeline, or every problem found.</summary>
/// <param name="Pipeline">The pipeline, when valid.</param>
/// <param name="Errors">Problems, each naming the file and place; empty when valid.</param>
internal sealed record PipelineLoadOutcome(ValidatedPipeline? Pipeline, IReadOnlyList<string> Errors)
{
    public static PipelineLoadOutcome Valid(ValidatedPipeline pipeline) => new(pipeline, []);

    public static PipelineLoadOutcome Invalid(params string[] errors) => new(null, errors);
}
