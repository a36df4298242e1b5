using Mona.Kernels.Tests.Onnx;
using Mona.Tensors;

namespace Mona.Benchmarks.Cases;

/// <summary>
/// A case ready to run: Mona's side returns a fresh result tensor (the caller disposes it, which
/// returns the buffer to the pool), ORT's side writes into a bound array. Owns its ORT session,
/// the bound values and whatever Mona prepared for the case (<see cref="Owned"/>).
/// </summary>
/// <param name="runMona">The timed call.</param>
/// <param name="oracle">The ORT session.</param>
/// <param name="ort">ORT's bound run.</param>
public sealed class PreparedCase(Func<Tensor> runMona, OnnxOracle oracle, OnnxBoundRun ort) : IDisposable
{
    /// <summary>Other Mona entry points to the same op (not timed) that must agree with ORT too.</summary>
    public IReadOnlyList<(string Name, Func<Tensor> Run)> AlsoChecked { get; init; } = [];

    /// <summary>Mona-side resources of the case (packed weights), disposed with it.</summary>
    public IReadOnlyList<IDisposable> Owned { get; init; } = [];

    /// <summary>Runs Mona's op once and returns its result (caller disposes).</summary>
    public Tensor RunMona() => runMona();

    /// <summary>Runs ORT's graph once; the result lands in <see cref="OrtOutput"/>.</summary>
    public void RunOrt() => ort.Run();

    public float[] OrtOutput => ort.Output;

    public void Dispose()
    {
        foreach (var resource in Owned) resource.Dispose();
        ort.Dispose();
        oracle.Dispose();
    }
}
