using System.Diagnostics.CodeAnalysis;

namespace Mona.Engine.Pipelines;

/// <summary>The outcome of loading a pipeline file: the validated pipeline, or every error found.</summary>
public sealed class PipelineLoadResult
{
    private PipelineLoadResult(ValidatedPipeline? pipeline, IReadOnlyList<PipelineError> errors)
    {
        Pipeline = pipeline;
        Errors = errors;
    }

    /// <summary>The pipeline, when there were no errors.</summary>
    public ValidatedPipeline? Pipeline { get; }

    /// <summary>Every problem found, in file order; empty on success.</summary>
    public IReadOnlyList<PipelineError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Pipeline))]
    public bool Succeeded => Pipeline is not null;

    public static PipelineLoadResult Success(ValidatedPipeline pipeline) => new(pipeline, []);

    public static PipelineLoadResult Failure(IReadOnlyList<PipelineError> errors) =>
        errors.Count > 0 ? new(null, errors) : throw new ArgumentException("a failure needs at least one error", nameof(errors));
}
