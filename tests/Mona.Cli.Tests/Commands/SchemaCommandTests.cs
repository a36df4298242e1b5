using System.Text.Json;
using Mona.Cli.Commands;
using Mona.Engine.Plugins;
using Mona.Sdk.Parameters;

namespace Mona.Cli.Tests.Commands;

/// <summary><c>mona schema</c>'s handler: printing, and writing a file in one move.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mona-schema-tests-").FullName;
    private readonly IStageCatalog _catalog = new InMemoryStageCatalog(
        [new FakeStageDefinition("encode", ParameterSpec.Choice("format", "Container.", "mp4", "mp4", "gif"))]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_NoOutputFile_PrintsSchemaWithStageParameters()
    {
        var output = new StringWriter();

        var exitCode = SchemaCommand.Run(null, _catalog, output, new StringWriter());

        Assert.Equal(0, exitCode);
        using var schema = JsonDocument.Parse(output.ToString());
        var format = schema.RootElement.GetProperty("$defs").GetProperty("stage.encode")
            .GetProperty("properties").GetProperty("encode").GetProperty("properties").GetProperty("format");
        Assert.Equal(["mp4", "gif"], format.GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
    }

    [Fact]
    public void Run_OutputFile_ReplacesFileAndLeavesNoTemporary()
    {
        var path = Path.Combine(_root, "docs", "pipeline.schema.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "stale");

        var exitCode = SchemaCommand.Run(path, _catalog, new StringWriter(), new StringWriter());

        Assert.Equal(0, exitCode);
        using var schema = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(schema.RootElement.GetProperty("$defs").TryGetProperty("stage.encode", out _));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Run_OutputUnderAFile_ReportsAndReturnsOne()
    {
        var blocker = Path.Combine(_root, "blocker");
        File.WriteAllText(blocker, "a file, not a folder");
        var errors = new StringWriter();

        var exitCode = SchemaCommand.Run(Path.Combine(blocker, "schema.json"), _catalog, new StringWriter(), errors);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"mona schema: cannot write '{Path.Combine(blocker, "schema.json")}'", errors.ToString());
    }
}
