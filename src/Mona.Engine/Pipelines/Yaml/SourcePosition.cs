using YamlDotNet.Core;

namespace Mona.Engine.Pipelines.Yaml;

/// <summary>A 1-based place in a pipeline file; <see cref="None"/> for values that came from elsewhere (a command-line flag).</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition None => default;

    public bool IsKnown => Line > 0;

    public static SourcePosition From(Mark mark) => new(checked((int)mark.Line), checked((int)mark.Column));

    public override string ToString() => $"line {Line}, column {Column}";
}
