using System.Text.Json;
using System.Text.Json.Nodes;
using Mona.Engine.Pipelines;
using Mona.Engine.Plugins;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>The generated JSON Schema carries the same constraints the loader enforces.</summary>
public sealed class PipelineSchemaWriterTests
{
    private static JsonNode Schema(IStageCatalog catalog) =>
        JsonNode.Parse(PipelineSchemaWriter.Write(catalog)) ?? throw new InvalidOperationException("schema is JSON null");

    private static JsonNode Parameters(JsonNode schema, string stage) =>
        schema["$defs"]![$"stage.{stage}"]!["properties"]![stage]!;

    [Fact]
    public void Write_FakeCatalog_IsDraft202012JsonWithTopLevelKeys()
    {
        var text = PipelineSchemaWriter.Write(FakeStages.Catalog());

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(["name", "input", "driving", "stages", "output", "device", "parallelism"],
            root.GetProperty("properties").EnumerateObject().Select(property => property.Name));
        Assert.Equal(["name", "input", "stages", "output"], root.GetProperty("required").EnumerateArray().Select(key => key.GetString()));
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Write_IntegerParameter_HasTypeRangeDefaultAndDescription()
    {
        var crf = Parameters(Schema(FakeStages.Catalog()), "encode")["properties"]!["crf"]!;

        Assert.Equal("integer", (string?)crf["type"]);
        Assert.Equal(0, (long?)crf["minimum"]);
        Assert.Equal(51, (long?)crf["maximum"]);
        Assert.Equal(20, (long?)crf["default"]);
        Assert.Equal("Quality, lower is better.", (string?)crf["description"]);
    }

    [Fact]
    public void Write_ChoiceListAndPatternParameters_HaveEnumItemsAndAnchoredPattern()
    {
        var schema = Schema(FakeStages.Catalog());
        var encode = Parameters(schema, "encode")["properties"]!;
        var select = Parameters(schema, "embed")["properties"]!["select"]!;

        Assert.Equal(["mp4", "gif", "png"], encode["format"]!["enum"]!.AsArray().Select(value => (string?)value));
        Assert.Equal("array", (string?)encode["outputs"]!["type"]);
        Assert.Equal(["mp4", "gif", "png"], encode["outputs"]!["items"]!["enum"]!.AsArray().Select(value => (string?)value));
        Assert.Equal(["mp4"], encode["outputs"]!["default"]!.AsArray().Select(value => (string?)value));
        Assert.Equal(@"^(?:all|index:\d+)$", (string?)select["pattern"]);
    }

    [Fact]
    public void Write_RequiredParameter_ListedAndStageNotAllowedBare()
    {
        var schema = Schema(FakeStages.Catalog());
        var watermark = Parameters(schema, "watermark");
        var entries = schema["properties"]!["stages"]!["items"]!["oneOf"]!.AsArray();
        var bare = entries.Single(entry => entry!["enum"] is not null)!["enum"]!.AsArray().Select(value => (string?)value);

        Assert.Equal(["text"], watermark["required"]!.AsArray().Select(value => (string?)value));
        Assert.Equal("object", (string?)watermark["type"]);
        Assert.Equal(["align", "detect", "embed", "encode", "generate"], bare);
        Assert.Equal(7, entries.Count);
    }

    [Fact]
    public void Write_Driving_ListsEveryPreset()
    {
        var driving = Schema(FakeStages.Catalog())["properties"]!["driving"]!["oneOf"]!.AsArray();
        var presets = driving.Single(option => option!["required"]?[0]?.GetValue<string>() == "preset")!;

        Assert.Equal(DrivingPresets.Names, presets["properties"]!["preset"]!["enum"]!.AsArray().Select(value => (string?)value));
    }

    [Fact]
    public void Write_EmptyCatalog_StillValidJsonAcceptingNoStage()
    {
        var stages = Schema(InMemoryStageCatalog.Empty)["properties"]!["stages"]!;

        Assert.False(stages["items"]!.GetValue<bool>());
    }
}
