using System.Globalization;
using System.Text.RegularExpressions;
using Mona.Engine.Pipelines.Yaml;
using Mona.Sdk.Parameters;

namespace Mona.Engine.Pipelines;

/// <summary>
/// Turns one parameter's YAML value into the CLR value <see cref="StageParameters"/> promises
/// (long, double, bool, string, full path, string list), checking type, range, allowed values
/// and pattern. Returns null after reporting when the value is unusable.
/// </summary>
internal sealed class ParameterValueReader
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);
    private readonly string _baseDirectory;
    private readonly PipelineErrorCollector _errors;

    public ParameterValueReader(string baseDirectory, PipelineErrorCollector errors)
    {
        _baseDirectory = baseDirectory;
        _errors = errors;
    }

    /// <param name="spec">The parameter's declaration.</param>
    /// <param name="node">Its value in the file.</param>
    /// <param name="where">Names it in messages, for example "stage 'encode', parameter 'crf'".</param>
    public object? Read(ParameterSpec spec, SourceNode node, string where) => spec.Type switch
    {
        ParameterType.Integer => ReadInteger(spec, node, where),
        ParameterType.Number => ReadNumber(spec, node, where),
        ParameterType.Boolean => ReadBoolean(node, where),
        ParameterType.String => ReadString(spec, node, where),
        ParameterType.Path => ReadPath(node, where),
        ParameterType.StringList => ReadStringList(spec, node, where),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Type, "unknown parameter type"),
    };

    /// <summary>The declared default, typed like a value from the file; a relative path default resolves against the pipeline's folder.</summary>
    public object NormalizeDefault(ParameterSpec spec)
    {
        var value = spec.Default ?? throw new ArgumentException($"parameter '{spec.Name}' has no default", nameof(spec));
        return spec.Type switch
        {
            ParameterType.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ParameterType.Number => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            ParameterType.Boolean => (bool)value,
            ParameterType.String => (string)value,
            // An empty default path means "none given"; there is nothing to resolve.
            ParameterType.Path => (string)value is { Length: > 0 } path ? Path.GetFullPath(path, _baseDirectory) : "",
            ParameterType.StringList => ((IEnumerable<string>)value).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Type, "unknown parameter type"),
        };
    }

    /// <summary>"an integer from 0 to 51", "a number of at least 0.5", "one of mp4, gif": what a value must be.</summary>
    public static string Expectation(ParameterSpec spec)
    {
        var noun = spec.Type switch
        {
            ParameterType.Integer => "an integer",
            ParameterType.Number => "a number",
            ParameterType.Boolean => "true or false",
            ParameterType.Path => "a path",
            ParameterType.StringList => "a list of text values",
            _ => "text",
        };
        if (spec.AllowedValues is { } allowed)
            noun = spec.Type == ParameterType.StringList ? $"a list of values from {string.Join(", ", allowed)}" : $"one of {string.Join(", ", allowed)}";
        if (spec.Pattern is { } pattern) noun += $" matching {pattern}";
        return (spec.Minimum, spec.Maximum) switch
        {
            ({ } min, { } max) => $"{noun} from {Format(min)} to {Format(max)}",
            ({ } min, null) => $"{noun} of at least {Format(min)}",
            (null, { } max) => $"{noun} of at most {Format(max)}",
            _ => noun,
        };
    }

    private object? ReadInteger(ParameterSpec spec, SourceNode node, string where)
    {
        if (node is SourceScalar scalar && ScalarValues.TryInteger(scalar, out var value))
            return InRange(spec, value, node, where) ? value : null;
        return Mismatch(spec, node, where);
    }

    private object? ReadNumber(ParameterSpec spec, SourceNode node, string where)
    {
        if (node is SourceScalar scalar && ScalarValues.TryNumber(scalar, out var value))
            return InRange(spec, value, node, where) ? value : null;
        return Mismatch(spec, node, where);
    }

    private object? ReadBoolean(SourceNode node, string where)
    {
        if (node is SourceScalar scalar && ScalarValues.TryBoolean(scalar, out var value)) return value;
        _errors.Add(node, $"{where}: expected true or false, got {node.Describe()}");
        return null;
    }

    private object? ReadString(ParameterSpec spec, SourceNode node, string where)
    {
        if (node is not SourceScalar { IsNull: false } scalar) return Mismatch(spec, node, where);
        return IsAllowed(spec, scalar, where) ? scalar.Value : null;
    }

    private object? ReadPath(SourceNode node, string where)
    {
        if (node is SourceScalar { IsNull: false, Value.Length: > 0 } scalar) return PathValues.Resolve(scalar, _baseDirectory);
        _errors.Add(node, $"{where}: expected a path, got {node.Describe()}");
        return null;
    }

    private object? ReadStringList(ParameterSpec spec, SourceNode node, string where)
    {
        if (node is not SourceSequence sequence) return Mismatch(spec, node, where);
        var values = new List<string>(sequence.Items.Count);
        var valid = true;
        foreach (var item in sequence.Items)
        {
            if (item is not SourceScalar { IsNull: false } scalar)
            {
                _errors.Add(item, $"{where}: expected {Expectation(spec)}, got an element that is {item.Describe()}");
                valid = false;
            }
            else if (IsAllowed(spec, scalar, where)) values.Add(scalar.Value);
            else valid = false;
        }
        return valid ? values.ToArray() : null;
    }

    private bool IsAllowed(ParameterSpec spec, SourceScalar scalar, string where)
    {
        if (spec.AllowedValues is { } allowed && !allowed.Contains(scalar.Value, StringComparer.Ordinal))
        {
            _errors.Add(scalar, $"{where}: expected one of {string.Join(", ", allowed)}, got '{scalar.Value}'{NameSuggestions.Hint(scalar.Value, allowed)}");
            return false;
        }
        if (spec.Pattern is { } pattern && !Regex.IsMatch(scalar.Value, $"^(?:{pattern})$", RegexOptions.None, PatternTimeout))
        {
            _errors.Add(scalar, $"{where}: '{scalar.Value}' does not match the pattern {pattern}");
            return false;
        }
        return true;
    }

    private bool InRange(ParameterSpec spec, double value, SourceNode node, string where)
    {
        if (value >= (spec.Minimum ?? double.NegativeInfinity) && value <= (spec.Maximum ?? double.PositiveInfinity)) return true;
        _errors.Add(node, $"{where}: expected {Expectation(spec)}, got {Format(value)}, which is out of range");
        return false;
    }

    private object? Mismatch(ParameterSpec spec, SourceNode node, string where)
    {
        _errors.Add(node, $"{where}: expected {Expectation(spec)}, got {node.Describe()}");
        return null;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
