namespace Mona.Engine.Pipelines.Yaml;

/// <summary>
/// A YAML node with the place it starts in the file. Unlike YamlDotNet's representation model it
/// keeps duplicate mapping keys (reported, not thrown), so one pass can collect every mistake.
/// </summary>
internal abstract class SourceNode
{
    protected SourceNode(SourcePosition start) => Start = start;

    public SourcePosition Start { get; }

    /// <summary>What the node is, for "expected X, got Y" messages.</summary>
    public abstract string Describe();
}
