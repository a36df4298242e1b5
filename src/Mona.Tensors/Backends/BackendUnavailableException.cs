namespace Mona.Tensors.Backends;

/// <summary>The requested backend cannot be used on this machine; the message says why.</summary>
public sealed class BackendUnavailableException(string message) : Exception(message);
