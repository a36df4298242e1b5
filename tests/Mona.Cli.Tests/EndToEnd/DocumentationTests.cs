using Mona.Cli.Tests.Support;

namespace Mona.Cli.Tests.EndToEnd;

/// <summary>What users read must match what the code does.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void Schema_GeneratedFromInstalledStages_EqualsThePublishedFile()
    {
        var (exitCode, output) = MonaProcess.Run(Repository.Root, "schema");

        Assert.Equal(0, exitCode);
        var published = File.ReadAllText(Path.Combine(Repository.Root, "docs", "pipeline.schema.json"));
        Assert.True(Normalise(published) == Normalise(output),
            "docs/pipeline.schema.json is out of date: run `./mona schema --output docs/pipeline.schema.json`");
    }

    [Fact]
    public void ReadyPipelines_AllValidateAgainstTheInstalledStages()
    {
        var pipelines = Directory.GetFiles(Path.Combine(Repository.Root, "pipelines"), "*.yaml");
        Assert.NotEmpty(pipelines);
        foreach (var pipeline in pipelines)
        {
            var (exitCode, output) = MonaProcess.Run(Repository.Root, "validate", pipeline, "--input", Path.GetTempPath());
            Assert.True(exitCode == 0, $"{pipeline}:\n{output}");
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Trim();
}
