namespace Mona.Engine.Pipelines;

/// <summary>One problem in a pipeline file, located for the user.</summary>
/// <param name="File">The pipeline file.</param>
/// <param name="Line">1-based line, 0 when the problem has no place (a missing file).</param>
/// <param name="Column">1-based column, 0 when the problem has no place.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record PipelineError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
