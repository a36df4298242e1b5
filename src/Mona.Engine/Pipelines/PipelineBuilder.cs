using Mona.Engine.Pipelines.Yaml;
using Mona.Engine.Plugins;
using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>
/// Checks each top-level value of a <see cref="PipelineDocument"/> and assembles the
/// <see cref="ValidatedPipeline"/>. Every reader reports into the same collector and carries on,
/// so one run lists every mistake; the pipeline is built only when there were none.
/// </summary>
internal sealed class PipelineBuilder
{
    private readonly string _filePath;
    private readonly string _baseDirectory;
    private readonly IStageCatalog _catalog;
    private readonly PipelineErrorCollector _errors;

    public PipelineBuilder(string filePath, IStageCatalog catalog, PipelineErrorCollector errors)
    {
        _filePath = filePath;
        _baseDirectory = Path.GetDirectoryName(filePath) ?? Directory.GetCurrentDirectory();
        _catalog = catalog;
        _errors = errors;
    }

    public ValidatedPipeline? Build(PipelineDocument document)
    {
        var name = ReadName(document[PipelineKeys.Name]);
        var input = ReadInput(document[PipelineKeys.Input]);
        var drivingNode = document[PipelineKeys.Driving];
        var driving = drivingNode is null ? null : new DrivingReader(_baseDirectory, _errors).Read(drivingNode);
        var steps = ReadStages(document[PipelineKeys.Stages], drivingGiven: drivingNode is not null);
        var output = ReadOutput(document[PipelineKeys.Output], input);
        var device = ReadDevice(document[PipelineKeys.Device]);
        var parallelism = ReadParallelism(document[PipelineKeys.Parallelism]);
        if (_errors.HasErrors || name is null || input is null || output is null || device is null || parallelism is null) return null;
        return new ValidatedPipeline(_filePath, name, input, driving, steps, output, device, parallelism.Value);
    }

    private string? ReadName(SourceNode? node)
    {
        if (node is null) return null;
        if (node is SourceScalar { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Value)) return scalar.Value.Trim();
        return Refuse<string>(node, $"name: expected a non-empty text, got {node.Describe()}");
    }

    private string? ReadInput(SourceNode? node)
    {
        if (node is null) return null;
        if (node is not SourceScalar { IsNull: false, Value.Length: > 0 } scalar)
            return Refuse<string>(node, $"input: expected the path of a folder of portraits, got {node.Describe()}");
        var path = PathValues.Resolve(scalar, _baseDirectory);
        if (Directory.Exists(path)) return path;
        var problem = File.Exists(path) ? "is a file; expected a folder of portraits" : "does not exist";
        return Refuse<string>(scalar, $"input folder '{path}' {problem}");
    }

    private IReadOnlyList<PipelineStep> ReadStages(SourceNode? node, bool drivingGiven)
    {
        if (node is null) return [];
        // A driving key that is present but wrong is reported on its own; count it as given so
        // every animating stage does not repeat "needs a driving motion".
        var hostProvides = drivingGiven ? new[] { HostArtifacts.Images, HostArtifacts.Driving } : [HostArtifacts.Images];
        var binder = new ParameterBinder(new ParameterValueReader(_baseDirectory, _errors), _errors);
        return new StageListReader(_catalog, binder, _errors).Read(node, hostProvides);
    }

    private string? ReadOutput(SourceNode? node, string? input)
    {
        if (node is null) return null;
        if (node is not SourceScalar { IsNull: false, Value.Length: > 0 } scalar)
            return Refuse<string>(node, $"output: expected the path of a folder for results, got {node.Describe()}");
        var path = PathValues.Resolve(scalar, _baseDirectory);
        if (File.Exists(path)) return Refuse<string>(scalar, $"output '{path}' is a file; expected a folder (it is created when missing)");
        // Inside the input folder, a result folder would be read back as a person on the next run.
        if (input is not null && PathValues.IsSameOrInside(path, input))
            return Refuse<string>(scalar, $"output folder '{path}' is inside the input folder '{input}'; choose a folder outside it");
        return path;
    }

    private string? ReadDevice(SourceNode? node)
    {
        if (node is null) return PipelineDefaults.Device;
        if (node is SourceScalar { IsNull: false } scalar && DeviceNames.All.Contains(scalar.Value)) return scalar.Value;
        var typed = (node as SourceScalar)?.Value ?? "";
        // "gpu" is one letter from "cpu": the edit-distance hint would point the wrong way.
        var hint = typed.Equals("gpu", StringComparison.OrdinalIgnoreCase)
            ? " (for an NVIDIA GPU, write 'cuda')"
            : NameSuggestions.Hint(typed, DeviceNames.All);
        return Refuse<string>(node, $"device: expected one of {string.Join(", ", DeviceNames.All)}, got {node.Describe()}{hint}");
    }

    private int? ReadParallelism(SourceNode? node)
    {
        if (node is null) return PipelineDefaults.Parallelism;
        if (node is SourceScalar scalar && ScalarValues.TryInteger(scalar, out var value) && value is >= 1 and <= int.MaxValue) return (int)value;
        _errors.Add(node, $"parallelism: expected an integer of at least 1 (items processed at once), got {node.Describe()}");
        return null;
    }

    private T? Refuse<T>(SourceNode at, string message) where T : class
    {
        _errors.Add(at, message);
        return null;
    }
}
