namespace Mona.Engine.Batch;

/// <summary>
/// The run cannot start: the input folder is missing, a stage cannot be created, the driving
/// video cannot be read. Nothing ran; <c>mona run</c> exits with <see cref="BatchExitCode.InvalidPipeline"/>.
/// </summary>
public sealed class BatchSetupException : Exception
{
    public BatchSetupException(string message) : base(message) { }

    public BatchSetupException(string message, Exception inner) : base(message, inner) { }
}
