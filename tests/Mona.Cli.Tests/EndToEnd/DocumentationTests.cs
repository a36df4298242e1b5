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
        // An input folder of its own: the ready pipelines point at the model cache, which a test run may not have.
        var input = Directory.CreateTempSubdirectory("mona-validate-").FullName;
        try
        {
            foreach (var pipeline in pipelines)
            {
                var (exitCode, output) = MonaProcess.Run(Repository.Root, "validate", pipeline, "--input", input);
                Assert.True(exitCode == 0, $"{pipeline}:\n{output}");
            }
        }
        finally
        {
            Directory.Delete(input);
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Trim();
}
