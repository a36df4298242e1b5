namespace Mona.Engine.Pipelines.Yaml;

/// <summary>A YAML sequence (a list).</summary>
internal sealed class SourceSequence : SourceNode
{
    public SourceSequence(IReadOnlyList<SourceNode> items, SourcePosition start) : base(start) => Items = items;

    public IReadOnlyList<SourceNode> Items { get; }

    public override string Describe() => Items.Count == 0 ? "an empty list" : "a list";
}
