using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Mona.Kernels.Tests.Onnx;

/// <summary>
/// An ONNX Runtime session over an <see cref="OnnxGraph"/>, with a fixed number of intra-op
/// threads (2, like Mona's benchmarks) so that the same object is the oracle in tests and the
/// speed peer in benchmarks.
/// </summary>
public sealed class OnnxOracle : IDisposable
{
    private readonly InferenceSession _session;

    /// <param name="graph">The model.</param>
    /// <param name="threads">Intra-op threads.</param>
    /// <param name="spinWhenIdle">Whether ORT's workers busy-wait after a run (ORT's default). Benchmarks
    /// that interleave ORT with another engine turn it off: a spinning worker takes a core from the run
    /// that follows.</param>
    public OnnxOracle(OnnxGraph graph, int threads = 2, bool spinWhenIdle = true)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        if (!spinWhenIdle) options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(graph.ToBytes(), options);
    }

    /// <summary>Runs the graph on named float inputs and returns the first output's values.</summary>
    public float[] Run(params (string Name, float[] Data, int[] Dims)[] inputs)
    {
        var values = inputs
            .Select(i => NamedOnnxValue.CreateFromTensor(i.Name, new DenseTensor<float>(i.Data, i.Dims)))
            .ToList();
        using var results = _session.Run(values);
        return results.First().AsEnumerable<float>().ToArray();
    }

    /// <summary>
    /// Binds inputs and the one output to arrays for repeated runs (benchmarks). The output's
    /// dimensions must be given, since the array is allocated by the caller.
    /// </summary>
    public OnnxBoundRun Bind(
        IReadOnlyList<(string Name, float[] Data, long[] Dims)> inputs, (string Name, float[] Data, long[] Dims) output) =>
        new(_session, inputs, output);

    public void Dispose() => _session.Dispose();
}
