using System.Text.Json.Nodes;

namespace Mona.Engine.Pipelines;

/// <summary>The schema of the <c>driving</c> key: a video path, <c>{video: path}</c>, or <c>{preset, duration, fps}</c>.</summary>
internal static class DrivingSchema
{
    public static JsonObject Build() => new()
    {
        ["description"] = "The motion that animates the portraits: a driving video (path relative to this file) or a built-in preset.",
        ["oneOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "Path of a driving video." },
            new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["required"] = new JsonArray("video"),
                ["properties"] = new JsonObject { ["video"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } },
            },
            Preset()),
    };

    private static JsonObject Preset() => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = new JsonArray("preset"),
        ["properties"] = new JsonObject
        {
            ["preset"] = new JsonObject { ["enum"] = PipelineSchemaWriter.Strings(DrivingPresets.Names) },
            ["duration"] = new JsonObject
            {
                ["type"] = "number",
                ["exclusiveMinimum"] = 0,
                ["maximum"] = DrivingPresets.MaxDurationSeconds,
                ["default"] = DrivingPresets.DefaultDurationSeconds,
                ["description"] = "Length of the motion in seconds.",
            },
            ["fps"] = new JsonObject
            {
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["maximum"] = DrivingPresets.MaxFramesPerSecond },
                    new JsonObject { ["type"] = "string", ["pattern"] = @"^[0-9]+/[1-9][0-9]*$" }),
                ["default"] = DrivingPresets.DefaultFramesPerSecond,
                ["description"] = "Frame rate: a number (25, 29.97) or an exact fraction as text (\"30000/1001\").",
            },
        },
    };
}
