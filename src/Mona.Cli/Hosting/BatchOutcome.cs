using Mona.Engine.Batch;

namespace Mona.Cli.Hosting;

/// <summary>Carries the batch's exit code out of the host, which has no return value of its own.</summary>
internal sealed class BatchOutcome
{
    private int _exitCode = BatchExitCode.Cancelled;

    /// <summary>The code <c>mona run</c> exits with; cancelled until the batch says otherwise.</summary>
    public int ExitCode
    {
        get => Volatile.Read(ref _exitCode);
        set => Volatile.Write(ref _exitCode, value);
    }
}
