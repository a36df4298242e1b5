namespace Mona.Sdk.Models;

/// <summary>A model file a stage needs is not in the host's cache: set-up has not been run, or the file was removed.</summary>
public sealed class ModelMissingException : Exception
{
    public ModelMissingException(string message) : base(message) { }
}
