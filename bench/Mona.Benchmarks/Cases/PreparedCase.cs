using Mona.Kernels.Tests.Onnx;
using Mona.Tensors;

namespace Mona.Benchmarks.Cases;

/// <summary>
/// A case ready to run: Mona's side returns a fresh result tensor (the caller disposes it, which
/// returns the buffer to the pool), ORT's side writes into a bound array. Owns its ORT session
/// and bound values.
/// </summary>
public sealed class PreparedCase(Func<Tensor> runMona, OnnxOracle oracle, OnnxBoundRun ort) : IDisposable
{
    /// <summary>Runs Mona's op once and returns its result (caller disposes).</summary>
    public Tensor RunMona() => runMona();

    /// <summary>Runs ORT's graph once; the result lands in <see cref="OrtOutput"/>.</summary>
    public void RunOrt() => ort.Run();

    public float[] OrtOutput => ort.Output;

    public void Dispose()
    {
        ort.Dispose();
        oracle.Dispose();
    }
}
