namespace Mona.TestSupport;

/// <summary>What a program run by <see cref="ToolRunner"/> wrote.</summary>
/// <param name="Output">Its standard output, as bytes (raw frames are binary).</param>
/// <param name="Errors">Its error output (where ffmpeg logs).</param>
public sealed record ToolOutput(byte[] Output, string Errors);
