using Mona.Engine.Pipelines.Yaml;

namespace Mona.Engine.Pipelines;

/// <summary>Gathers every problem found in one pipeline file, so the user sees them all in one run.</summary>
internal sealed class PipelineErrorCollector
{
    private readonly List<PipelineError> _errors = [];

    public PipelineErrorCollector(string file) => File = file;

    /// <summary>The pipeline file as the user named it.</summary>
    public string File { get; }

    public bool HasErrors => _errors.Count > 0;

    public void Add(SourcePosition at, string message) => _errors.Add(new PipelineError(File, at.Line, at.Column, message));

    /// <summary>Reports a problem with a value; one that came from a flag has no place, so the flag names it.</summary>
    public void Add(SourceNode at, string message)
    {
        if (at is SourceScalar { Flag: { } flag }) Add(SourcePosition.None, $"{flag}: {message}");
        else Add(at.Start, message);
    }

    /// <summary>The errors in file order; those without a place (flags, a missing file) come first.</summary>
    public IReadOnlyList<PipelineError> ToList() =>
        [.. _errors.OrderBy(error => error.Line).ThenBy(error => error.Column)];
}
