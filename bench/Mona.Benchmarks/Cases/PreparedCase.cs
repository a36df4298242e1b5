using Mona.Kernels.Tests.Onnx;
using Mona.Tensors;

namespace Mona.Benchmarks.Cases;

/// <summary>
/// A case ready to run: Mona's side returns a fresh result tensor (the caller disposes it, which
/// returns the buffer to the pool), ORT's side writes into a bound array. Owns its ORT session
/// and bound values.
/// </summary>
/// <param name="runMona">The timed call.</param>
/// <param name="oracle">The ORT session.</param>
/// <param name="ort">ORT's bound run.</param>
/// <param name="alsoChecked">Other Mona entry points to the same op (not timed) that must agree with ORT too.</param>
public sealed class PreparedCase(
    Func<Tensor> runMona, OnnxOracle oracle, OnnxBoundRun ort, params (string Name, Func<Tensor> Run)[] alsoChecked) : IDisposable
{
    /// <summary>Runs Mona's op once and returns its result (caller disposes).</summary>
    public Tensor RunMona() => runMona();

    /// <summary>Runs ORT's graph once; the result lands in <see cref="OrtOutput"/>.</summary>
    public void RunOrt() => ort.Run();

    public float[] OrtOutput => ort.Output;

    public IReadOnlyList<(string Name, Func<Tensor> Run)> AlsoChecked => alsoChecked;

    public void Dispose()
    {
        ort.Dispose();
        oracle.Dispose();
    }
}
