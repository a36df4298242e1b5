using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mona.Engine.Pipelines.Yaml;

/// <summary>
/// Builds a <see cref="SourceNode"/> tree from YamlDotNet's parser events. Duplicate keys are
/// reported and skipped rather than thrown, so validation can go on and report everything else;
/// a syntax error ends the read, since nothing after it can be trusted.
/// </summary>
internal sealed partial class YamlTreeReader
{
    private readonly IParser _parser;
    private readonly PipelineErrorCollector _errors;
    private readonly Dictionary<string, SourceNode> _anchors = new(StringComparer.Ordinal);

    private YamlTreeReader(string text, PipelineErrorCollector errors)
    {
        _parser = new Parser(new StringReader(text));
        _errors = errors;
    }

    /// <summary>Reads the single document of <paramref name="text"/>; null when empty or unreadable (errors reported).</summary>
    public static SourceNode? Read(string text, PipelineErrorCollector errors)
    {
        try
        {
            return new YamlTreeReader(text, errors).ReadStream();
        }
        catch (YamlException exception)
        {
            errors.Add(SourcePosition.From(exception.Start), $"YAML syntax error: {StripMarks(exception.Message)}");
            return null;
        }
    }

    private SourceNode? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out var end))
        {
            _errors.Add(SourcePosition.From(end.Start), "the file is empty; expected a mapping with name, input, stages and output");
            return null;
        }
        _parser.Consume<DocumentStart>();
        var root = ReadNode();
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
            _errors.Add(SourcePosition.From(second.Start), "a pipeline file holds one YAML document; remove this second one");
        return root;
    }

    private SourceNode ReadNode()
    {
        var start = _parser.Current ?? throw new YamlException("unexpected end of the YAML stream");
        SourceNode node = start switch
        {
            AnchorAlias alias => ResolveAlias(alias),
            Scalar scalar => ReadScalar(scalar),
            SequenceStart sequence => ReadSequence(sequence),
            MappingStart mapping => ReadMapping(mapping),
            _ => throw new YamlException(start.Start, start.End, $"unexpected {start.GetType().Name}"),
        };
        if (start is NodeEvent { Anchor.IsEmpty: false } anchored) _anchors[anchored.Anchor.Value] = node;
        return node;
    }

    private SourceNode ResolveAlias(AnchorAlias alias)
    {
        _parser.MoveNext();
        if (_anchors.TryGetValue(alias.Value.Value, out var target)) return target;
        throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor defined before it");
    }

    private SourceScalar ReadScalar(Scalar scalar)
    {
        _parser.MoveNext();
        // An explicit tag (!!str, !custom) makes the value text whatever it looks like, as quotes do.
        var isPlain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
        return new SourceScalar(scalar.Value, isPlain, SourcePosition.From(scalar.Start));
    }

    private SourceSequence ReadSequence(SequenceStart start)
    {
        _parser.MoveNext();
        var items = new List<SourceNode>();
        while (!_parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode());
        return new SourceSequence(items, SourcePosition.From(start.Start));
    }

    private SourceMapping ReadMapping(MappingStart start)
    {
        _parser.MoveNext();
        var entries = new List<SourceEntry>();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode();
            var value = ReadNode();
            if (key is not SourceScalar scalarKey)
            {
                _errors.Add(key.Start, $"a key must be a plain name, got {key.Describe()}");
                continue;
            }
            var first = entries.Find(entry => entry.Key.Value == scalarKey.Value);
            if (first is not null)
            {
                _errors.Add(scalarKey.Start, $"duplicate key '{scalarKey.Value}' (first set at {first.Key.Start}); keep only one");
                continue;
            }
            entries.Add(new SourceEntry(scalarKey, value));
        }
        return new SourceMapping(entries, SourcePosition.From(start.Start));
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the error already carries the place.</summary>
    private static string StripMarks(string message) => MarkPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
