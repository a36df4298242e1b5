using Mona.Engine.Pipelines;
using Mona.Engine.Plugins;

namespace Mona.Engine.Tests.Pipelines;

/// <summary>
/// A temporary folder holding a pipeline file next to what it points at: <c>portraits/</c> with
/// one portrait and one person folder, and <c>clips/d0.mp4</c>. Validation checks that these
/// exist, never decodes them, so their bytes do not matter.
/// </summary>
internal sealed class PipelineWorkspace : IDisposable
{
    public PipelineWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("mona-pipeline-tests-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "portraits", "ada"));
        File.WriteAllBytes(Path.Combine(Root, "portraits", "mona.jpg"), [0xFF, 0xD8, 0xFF]);
        File.WriteAllBytes(Path.Combine(Root, "portraits", "ada", "1.jpg"), [0xFF, 0xD8, 0xFF]);
        Directory.CreateDirectory(Path.Combine(Root, "clips"));
        File.WriteAllBytes(Path.Combine(Root, "clips", "d0.mp4"), [0, 0, 0, 0x18]);
    }

    public string Root { get; }

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Writes <paramref name="yaml"/> as a pipeline file and returns its path.</summary>
    public string Write(string yaml, string fileName = "pipeline.yaml")
    {
        var path = PathOf(fileName);
        File.WriteAllText(path, yaml);
        return path;
    }

    public PipelineLoadResult Load(string yaml, PipelineOverrides? overrides = null, IStageCatalog? catalog = null) =>
        new PipelineLoader(catalog ?? FakeStages.Catalog()).Load(Write(yaml), overrides);

    /// <summary>Loads a file that must succeed, failing the test with every error otherwise.</summary>
    public ValidatedPipeline LoadValid(string yaml, PipelineOverrides? overrides = null, IStageCatalog? catalog = null)
    {
        var result = Load(yaml, overrides, catalog);
        Assert.True(result.Succeeded, "expected a valid pipeline, got:\n" + string.Join("\n", result.Errors));
        return result.Pipeline;
    }

    /// <summary>Loads a file that must fail and returns its errors.</summary>
    public IReadOnlyList<PipelineError> Errors(string yaml, PipelineOverrides? overrides = null)
    {
        var result = Load(yaml, overrides);
        Assert.False(result.Succeeded, "expected errors, but the pipeline validated");
        return result.Errors;
    }

    /// <summary>Loads a file that must fail with exactly one error, at the given place.</summary>
    public PipelineError SingleError(string yaml, int line, int column, PipelineOverrides? overrides = null)
    {
        var errors = Errors(yaml, overrides);
        var error = Assert.Single(errors);
        Assert.True((line, column) == (error.Line, error.Column), $"expected the error at {line}:{column}, got {error}");
        return error;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
