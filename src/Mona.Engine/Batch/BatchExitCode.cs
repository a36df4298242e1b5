namespace Mona.Engine.Batch;

/// <summary>The exit codes of <c>mona run</c>.</summary>
public static class BatchExitCode
{
    /// <summary>Every item succeeded or was up to date.</summary>
    public const int Success = 0;

    /// <summary>At least one item failed (the others ran).</summary>
    public const int ItemsFailed = 1;

    /// <summary>The pipeline (or the run's setup: input folder, shard, a stage that cannot start) is invalid; nothing ran.</summary>
    public const int InvalidPipeline = 2;

    /// <summary>Cancelled (Ctrl-C or SIGTERM); the report lists what finished.</summary>
    public const int Cancelled = 130;
}
