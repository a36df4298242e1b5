namespace Mona.Engine.Batch;

/// <summary>How an item ended.</summary>
public enum ItemStatus
{
    /// <summary>Every stage ran and the outputs are in place.</summary>
    Succeeded,

    /// <summary>A stage (or reading the shots) failed; the reason is in the report, nothing is in place.</summary>
    Failed,

    /// <summary>Up to date: the outputs of an earlier run match this run's inputs and pipeline.</summary>
    Skipped,
}
