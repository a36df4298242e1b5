namespace Mona.Cli.Setup;

/// <summary>A set-up step failed; the message says what is missing and the command that fixes it.</summary>
internal sealed class SetupException(string message) : Exception(message);
