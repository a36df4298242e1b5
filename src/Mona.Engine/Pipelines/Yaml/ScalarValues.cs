using System.Globalization;
using System.Text.RegularExpressions;

namespace Mona.Engine.Pipelines.Yaml;

/// <summary>
/// Resolves plain scalars the way YAML 1.2's core schema does (booleans, decimal integers, floats).
/// A quoted scalar is always text, so <c>crf: "20"</c> is a string, not an integer.
/// </summary>
internal static partial class ScalarValues
{
    public static bool TryBoolean(SourceScalar scalar, out bool value)
    {
        value = scalar.Value is "true" or "True" or "TRUE";
        return scalar.IsPlain && (value || scalar.Value is "false" or "False" or "FALSE");
    }

    public static bool TryInteger(SourceScalar scalar, out long value)
    {
        value = 0;
        return scalar.IsPlain && IntegerSyntax().IsMatch(scalar.Value)
            && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Integers and finite floats; <c>.inf</c> and <c>.nan</c> are refused because no stage parameter wants them.</summary>
    public static bool TryNumber(SourceScalar scalar, out double value)
    {
        value = 0;
        return scalar.IsPlain && FloatSyntax().IsMatch(scalar.Value)
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerSyntax();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatSyntax();
}
