namespace Mona.Engine.Pipelines.Yaml;

/// <summary>A YAML mapping whose keys are scalars, in file order, duplicates already dropped.</summary>
internal sealed class SourceMapping : SourceNode
{
    public SourceMapping(IReadOnlyList<SourceEntry> entries, SourcePosition start) : base(start) => Entries = entries;

    public IReadOnlyList<SourceEntry> Entries { get; }

    public SourceEntry? Find(string key) => Entries.FirstOrDefault(entry => entry.Key.Value == key);

    public override string Describe() => "a mapping";
}
