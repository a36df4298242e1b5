using System.Collections.ObjectModel;
using System.Globalization;

namespace Mona.Sdk.Parameters;

/// <summary>
/// A stage's parameter values after validation: every declared parameter is present, typed as
/// its <see cref="ParameterType"/> says (long, double, bool, string, full path string, or
/// string list), with defaults filled in.
/// </summary>
public sealed class StageParameters
{
    private readonly IReadOnlyDictionary<string, object> _values;

    public StageParameters(IDictionary<string, object> values) =>
        _values = new ReadOnlyDictionary<string, object>(new Dictionary<string, object>(values, StringComparer.Ordinal));

    public IReadOnlyDictionary<string, object> Values => _values;

    public long GetInteger(string name) => Convert.ToInt64(Get(name), CultureInfo.InvariantCulture);

    public int GetInt32(string name) => checked((int)GetInteger(name));

    public double GetNumber(string name) => Convert.ToDouble(Get(name), CultureInfo.InvariantCulture);

    public bool GetBoolean(string name) => (bool)Get(name);

    public string GetString(string name) => (string)Get(name);

    public IReadOnlyList<string> GetStringList(string name) => (IReadOnlyList<string>)Get(name);

    private object Get(string name) =>
        _values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"parameter '{name}' was not declared by the stage");
}
