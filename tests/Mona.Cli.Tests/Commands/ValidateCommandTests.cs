using Mona.Cli.Commands;
using Mona.Engine.Pipelines;
using Mona.Engine.Plugins;
using Mona.Sdk.Parameters;

namespace Mona.Cli.Tests.Commands;

/// <summary><c>mona validate</c>'s handler: exit codes, the FILE:LINE:COL error format, the summary.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mona-validate-tests-").FullName;
    private readonly IStageCatalog _catalog = new InMemoryStageCatalog(
        [new FakeStageDefinition("detect", ParameterSpec.Integer("max_faces", "Faces kept.", 1, 1, 8))]);

    public ValidateCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "portraits", "ada"));
        File.WriteAllBytes(Path.Combine(_root, "portraits", "mona.jpg"), [0xFF, 0xD8]);
        File.WriteAllBytes(Path.Combine(_root, "portraits", "ada", "1.png"), [0x89, 0x50]);
        File.WriteAllText(Path.Combine(_root, "portraits", "notes.txt"), "not a portrait");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_ValidFile_PrintsSummaryAndReturnsZero()
    {
        var file = Write("name: demo\ninput: portraits\nstages:\n  - detect: {max_faces: 2}\noutput: out\n");
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exitCode = ValidateCommand.Run(file, PipelineOverrides.None, _catalog, output, errors);

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors.ToString());
        Assert.Contains($"{file}: valid", output.ToString());
        Assert.Contains("(2 items: 1 portrait, 1 person folder)", output.ToString());
        Assert.Contains("stages:      detect 2.1.0", output.ToString());
    }

    [Fact]
    public void Run_InvalidFile_PrintsEveryErrorAsFileLineColumnAndReturnsOne()
    {
        var file = Write("name: demo\ninput: portraits\nstages:\n  - detect: {max_faces: 9}\noutput: out\ndevice: gpu\n");
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exitCode = ValidateCommand.Run(file, PipelineOverrides.None, _catalog, output, errors);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output.ToString());
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{file}:4:25: stage 'detect', parameter 'max_faces': expected an integer from 1 to 8", lines[0]);
        Assert.StartsWith($"{file}:6:9: device: expected one of auto, cpu, cuda", lines[1]);
        Assert.Equal($"{file}: 2 errors", lines[2]);
    }

    [Fact]
    public void Run_FlagOverridesMissingInput_Validates()
    {
        var file = Write("name: demo\ninput: nowhere\nstages: [detect]\noutput: out\n");
        var overrides = new PipelineOverrides(Input: Path.Combine(_root, "portraits"));

        var exitCode = ValidateCommand.Run(file, overrides, _catalog, new StringWriter(), new StringWriter());

        Assert.Equal(0, exitCode);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_root, "pipeline.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
