using System.Globalization;
using System.Text.Json.Nodes;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>The schema of one stage entry (<c>- stage_name: {parameters}</c>) and of its parameters.</summary>
internal static class StageSchemas
{
    public static JsonObject Entry(IStageDefinition stage)
    {
        var properties = new JsonObject();
        foreach (var parameter in stage.Parameters) properties[parameter.Name] = Parameter(parameter);
        var parameters = new JsonObject
        {
            // "- encode:" with nothing after it is YAML null: all defaults.
            ["type"] = stage.Parameters.Any(parameter => parameter.IsRequired) ? "object" : new JsonArray("object", "null"),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        var required = stage.Parameters.Where(parameter => parameter.IsRequired).Select(parameter => parameter.Name).ToList();
        if (required.Count > 0) parameters["required"] = PipelineSchemaWriter.Strings(required);
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = $"{stage.Description} (version {stage.Version}; requires: {List(stage.Requires)}; provides: {List(stage.Provides)})",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray(stage.Name),
            ["properties"] = new JsonObject { [stage.Name] = parameters },
        };
    }

    public static JsonObject Parameter(ParameterSpec spec)
    {
        var schema = new JsonObject { ["description"] = spec.Description };
        if (spec.Type == ParameterType.StringList)
        {
            schema["type"] = "array";
            schema["items"] = StringConstraints(spec, new JsonObject { ["type"] = "string" });
        }
        else
        {
            schema["type"] = JsonType(spec.Type);
            if (spec.Type is ParameterType.String or ParameterType.Path) StringConstraints(spec, schema);
        }
        if (spec.Minimum is { } min) schema["minimum"] = Number(spec.Type, min);
        if (spec.Maximum is { } max) schema["maximum"] = Number(spec.Type, max);
        if (spec.Default is { } value) schema["default"] = DefaultValue(spec.Type, value);
        return schema;
    }

    private static JsonObject StringConstraints(ParameterSpec spec, JsonObject schema)
    {
        if (spec.AllowedValues is { } allowed) schema["enum"] = PipelineSchemaWriter.Strings(allowed);
        // ParameterSpec patterns match the whole value; JSON Schema patterns match anywhere, so anchor them.
        if (spec.Pattern is { } pattern) schema["pattern"] = $"^(?:{pattern})$";
        return schema;
    }

    private static string JsonType(ParameterType type) => type switch
    {
        ParameterType.Integer => "integer",
        ParameterType.Number => "number",
        ParameterType.Boolean => "boolean",
        _ => "string",
    };

    private static JsonNode Number(ParameterType type, double value) =>
        type == ParameterType.Integer && Math.Abs(value) < 9e15 && value == Math.Floor(value) ? (long)value : value;

    private static JsonNode? DefaultValue(ParameterType type, object value) => type switch
    {
        ParameterType.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ParameterType.Number => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        ParameterType.Boolean => (bool)value,
        ParameterType.StringList => PipelineSchemaWriter.Strings((IEnumerable<string>)value),
        _ => (string)value,
    };

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "nothing" : string.Join(", ", names);
}
