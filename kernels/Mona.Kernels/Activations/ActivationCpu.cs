using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Activations;

/// <summary>
/// Pointwise activations on the CPU. Memory-bound: threads split the elements into contiguous
/// chunks only when the tensor is large enough to pay for the fork.
/// </summary>
public static unsafe class ActivationCpu
{
    /// <param name="x">Inputs.</param>
    /// <param name="y">Outputs, at least as long as x; may be the same memory (in place).</param>
    /// <param name="alpha">Slope for negative inputs (LeakyRelu only; ONNX default 0.01).</param>
    public static void Forward(Activation activation, ReadOnlySpan<float> x, Span<float> y, int threads, float alpha = 0.01f)
    {
        if (y.Length < x.Length) throw new ArgumentException($"output has {y.Length} values, input {x.Length}", nameof(y));
        if (x.IsEmpty) return;
        // Same-memory in place is fine; a shifted overlap would read values already written.
        if (x.Overlaps(y, out var offset) && offset != 0)
            throw new ArgumentException("activation output overlaps its input at an offset", nameof(y));
        // The transcendental ones cost ~10× a copy per element.
        var cost = activation is Activation.Sigmoid or Activation.Tanh ? 8L : 1L;
        fixed (float* px = x, py = y)
            ParallelChunks.Run(new ActivationChunks(px, py, activation, alpha), x.Length, threads, cost);
    }
}
