namespace Mona.Sdk.Parameters;

/// <summary>
/// A typed stage parameter as a pipeline file sees it. The host validates values against it
/// (type, range, allowed values, pattern) and publishes it in the JSON schema.
/// </summary>
/// <param name="Name">The key in the pipeline file, lower_snake_case.</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">One sentence for users.</param>
/// <param name="Default">The value used when the file omits the key; null makes the parameter required.</param>
public sealed record ParameterSpec(string Name, ParameterType Type, string Description, object? Default)
{
    /// <summary>Inclusive lower bound for numbers.</summary>
    public double? Minimum { get; init; }

    /// <summary>Inclusive upper bound for numbers.</summary>
    public double? Maximum { get; init; }

    /// <summary>The only values a string (or each list element) may take, when not null.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>A regular expression a string must match (anchored), when not null; for example <c>index:\d+</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>Whether the file must set this parameter.</summary>
    public bool IsRequired => Default is null;

    public static ParameterSpec Integer(string name, string description, long @default, long? min = null, long? max = null) =>
        new(name, ParameterType.Integer, description, @default) { Minimum = min, Maximum = max };

    public static ParameterSpec Number(string name, string description, double @default, double? min = null, double? max = null) =>
        new(name, ParameterType.Number, description, @default) { Minimum = min, Maximum = max };

    public static ParameterSpec Boolean(string name, string description, bool @default) =>
        new(name, ParameterType.Boolean, description, @default);

    public static ParameterSpec Choice(string name, string description, string @default, params string[] allowed) =>
        new(name, ParameterType.String, description, @default) { AllowedValues = allowed };

    public static ParameterSpec Text(string name, string description, string? @default) =>
        new(name, ParameterType.String, description, @default);

    public static ParameterSpec FilePath(string name, string description, string? @default) =>
        new(name, ParameterType.Path, description, @default);

    public static ParameterSpec Choices(string name, string description, IReadOnlyList<string> @default, params string[] allowed) =>
        new(name, ParameterType.StringList, description, @default) { AllowedValues = allowed };
}
