using System.Collections;
using System.Globalization;
using Mona.Sdk.Parameters;

namespace Mona.Engine.Plugins;

/// <summary>Describes a stage parameter on one line for people: type, default, range or allowed values.</summary>
public static class ParameterSpecText
{
    /// <summary>For example <c>weights (string, default rec601, one of rec601|rec709): Luma weights.</c></summary>
    public static string Describe(ParameterSpec spec)
    {
        var facts = new List<string> { TypeName(spec.Type) };
        facts.Add(spec.IsRequired ? "required" : $"default {Format(spec.Default)}");
        var range = Range(spec);
        if (range is not null)
            facts.Add(range);
        if (spec.AllowedValues is { Count: > 0 } allowed)
            facts.Add($"one of {string.Join('|', allowed)}");
        if (spec.Pattern is not null)
            facts.Add($"matching {spec.Pattern}");
        return $"{spec.Name} ({string.Join(", ", facts)}): {spec.Description}";
    }

    /// <summary>The type's name as pipeline files and the schema speak of it.</summary>
    public static string TypeName(ParameterType type) => type switch
    {
        ParameterType.StringList => "string list",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string? Range(ParameterSpec spec) => (spec.Minimum, spec.Maximum) switch
    {
        ({ } min, { } max) => $"{Format(min)}..{Format(max)}",
        ({ } min, null) => $">= {Format(min)}",
        (null, { } max) => $"<= {Format(max)}",
        _ => null,
    };

    private static string Format(object? value) => value switch
    {
        null => "none",
        bool b => b ? "true" : "false",
        string s => s.Length == 0 ? "\"\"" : s,
        IEnumerable list => $"[{string.Join(", ", list.Cast<object?>().Select(Format))}]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
