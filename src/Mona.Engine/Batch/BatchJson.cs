using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mona.Engine.Batch;

/// <summary>The one JSON spelling of the runner's files: camelCase, indented, enums as words.</summary>
internal static class BatchJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
