namespace Mona.Engine.Pipelines.Yaml;

/// <summary>One <c>key: value</c> of a mapping.</summary>
internal sealed record SourceEntry(SourceScalar Key, SourceNode Value);
