using Microsoft.ML.OnnxRuntime;

namespace Mona.Kernels.Tests.Onnx;

/// <summary>
/// A session run with its inputs and outputs bound once to caller-owned arrays, so that repeated
/// runs measure the operator and not the wrapping: no copies, no per-run allocations of managed
/// tensors. The arrays stay pinned (and must stay unchanged in size) until this is disposed.
/// </summary>
public sealed class OnnxBoundRun : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;

    internal OnnxBoundRun(
        InferenceSession session,
        IReadOnlyList<(string Name, float[] Data, long[] Dims)> inputs,
        (string Name, float[] Data, long[] Dims) output)
    {
        _session = session;
        _inputNames = inputs.Select(i => i.Name).ToArray();
        _inputs = inputs.Select(i => OrtValue.CreateTensorValueFromMemory(i.Data, i.Dims)).ToArray();
        _outputNames = [output.Name];
        _outputs = [OrtValue.CreateTensorValueFromMemory(output.Data, output.Dims)];
        Output = output.Data;
    }

    /// <summary>The array the output is written into.</summary>
    public float[] Output { get; }

    /// <summary>Runs the graph once; the result lands in <see cref="Output"/>.</summary>
    public void Run() => _session.Run(_runOptions, _inputNames, _inputs, _outputNames, _outputs);

    public void Dispose()
    {
        foreach (var value in _inputs) value.Dispose();
        foreach (var value in _outputs) value.Dispose();
        _runOptions.Dispose();
    }
}
