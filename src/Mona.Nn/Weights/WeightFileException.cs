namespace Mona.Nn.Weights;

/// <summary>A model file is missing, truncated or malformed; the message names the file and the fix.</summary>
public sealed class WeightFileException(string message, Exception? inner = null) : Exception(message, inner);
