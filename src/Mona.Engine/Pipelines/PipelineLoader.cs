using Mona.Engine.Pipelines.Yaml;
using Mona.Engine.Plugins;

namespace Mona.Engine.Pipelines;

/// <summary>
/// Reads a pipeline file, applies command-line overrides and validates everything against the
/// loaded stages, collecting every error (file, line, column, what was expected) instead of
/// stopping at the first.
/// </summary>
public sealed class PipelineLoader
{
    private readonly IStageCatalog _catalog;

    public PipelineLoader(IStageCatalog catalog) => _catalog = catalog;

    /// <param name="path">The pipeline file; errors name it as given here.</param>
    /// <param name="overrides">Flags that replace the file's values before validation.</param>
    public PipelineLoadResult Load(string path, PipelineOverrides? overrides = null)
    {
        var errors = new PipelineErrorCollector(path);
        var fullPath = Path.GetFullPath(path);
        var text = ReadText(fullPath, errors);
        var root = text is null ? null : YamlTreeReader.Read(text, errors);
        var document = root is null ? null : PipelineDocument.Read(root, errors);
        if (document is null) return PipelineLoadResult.Failure(errors.ToList());

        document.Apply(overrides ?? PipelineOverrides.None);
        document.ReportMissingKeys(errors);
        var pipeline = new PipelineBuilder(fullPath, _catalog, errors).Build(document);
        return pipeline is not null && !errors.HasErrors
            ? PipelineLoadResult.Success(pipeline)
            : PipelineLoadResult.Failure(errors.ToList());
    }

    private static string? ReadText(string fullPath, PipelineErrorCollector errors)
    {
        try
        {
            return File.ReadAllText(fullPath);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            errors.Add(SourcePosition.None, $"pipeline file '{fullPath}' not found");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(SourcePosition.None, $"cannot read pipeline file '{fullPath}': {exception.Message}");
        }
        return null;
    }
}
