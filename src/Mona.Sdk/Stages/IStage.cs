namespace Mona.Sdk.Stages;

/// <summary>
/// One step of a pipeline, bound to its parameters. The host creates one instance per run and
/// calls <see cref="RunAsync"/> once per item, possibly from several threads at once, so a stage
/// keeps no per-item state in fields.
/// </summary>
public interface IStage
{
    /// <summary>Processes one item: reads the artifacts earlier stages left on it, adds its own.</summary>
    /// <exception cref="ItemFailedException">The item cannot be processed (bad input, no face, ...).</exception>
    ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken);
}
