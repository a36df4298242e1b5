namespace Mona.Nn.Weights;

/// <summary>
/// A model's weights by name, with strict access: asking for a name that is absent, or with a
/// shape other than the one the network expects, fails with the model's file in the message.
/// </summary>
public sealed class WeightSet
{
    private readonly Dictionary<string, NamedWeight> _weights;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public WeightSet(string source, IEnumerable<NamedWeight> weights)
    {
        Source = source;
        _weights = new Dictionary<string, NamedWeight>(StringComparer.Ordinal);
        foreach (var w in weights)
            if (!_weights.TryAdd(w.Name, w)) throw new WeightFileException($"{source}: weight '{w.Name}' appears twice");
    }

    /// <summary>The manifest the weights came from.</summary>
    public string Source { get; }

    public IReadOnlyCollection<NamedWeight> All => _weights.Values;

    public bool Contains(string name) => _weights.ContainsKey(name);

    /// <summary>The weight called <paramref name="name"/>, checked against the expected shape when given.</summary>
    public NamedWeight Get(string name, params int[] expectedShape)
    {
        if (!_weights.TryGetValue(name, out var weight))
            throw new WeightFileException($"{Source}: weight '{name}' is missing; the file does not match this network (re-run ./mona setup)");
        if (expectedShape.Length > 0 && !weight.Shape.SequenceEqual(expectedShape))
            throw new WeightFileException($"{Source}: weight '{name}' has shape [{string.Join(", ", weight.Shape)}], expected [{string.Join(", ", expectedShape)}]");
        lock (_used) _used.Add(name);
        return weight;
    }

    /// <summary>Names never asked for: a network that leaves weights unused is probably wired wrong.</summary>
    public IReadOnlyList<string> Unused()
    {
        lock (_used) return _weights.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal).ToList();
    }
}
