namespace Mona.Sdk.Stages;

/// <summary>
/// Thrown by a stage when an item cannot be processed for a reason that belongs to the item
/// (a corrupt image, no face found). The batch records the message and carries on with the
/// other items, so the message must name the file and the problem.
/// </summary>
public sealed class ItemFailedException : Exception
{
    public ItemFailedException(string message) : base(message) { }

    public ItemFailedException(string message, Exception inner) : base(message, inner) { }
}
