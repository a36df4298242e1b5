using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Activations;

/// <summary>
/// Gradients of the pointwise activations, dx += f′·dy, with f′ written in terms of the forward
/// input x (ReLU family) or output y (sigmoid: y(1 − y), tanh: 1 − y²), whichever is cheaper.
/// Memory-bound: threads split the elements into fixed contiguous chunks
/// (<see cref="ActivationGradientChunks"/>) when the tensor is large enough to pay for the fork;
/// every element is computed the same way on any thread count.
/// </summary>
public static unsafe class ActivationBackward
{
    /// <param name="x">Forward inputs.</param>
    /// <param name="y">Forward outputs.</param>
    /// <param name="inputGrad">Accumulated; same length as x.</param>
    /// <param name="threads">Upper bound on the threads used.</param>
    public static void Run(Activation activation, ReadOnlySpan<float> x, ReadOnlySpan<float> y, ReadOnlySpan<float> outputGrad,
        Span<float> inputGrad, float alpha = 0.01f, int threads = 1)
    {
        var length = x.Length;
        if (y.Length < length || outputGrad.Length < length || inputGrad.Length < length)
            throw new ArgumentException($"activation backward needs {length} values in y, dy and dx");
        if (activation is not (Activation.Relu or Activation.LeakyRelu or Activation.Sigmoid or Activation.Tanh))
            throw new ArgumentOutOfRangeException(nameof(activation), activation, "no backward for this activation");
        if (length == 0) return;
        // Four streams (x or y, dy, dx read and written) per element.
        fixed (float* px = x, py = y, pdy = outputGrad, pdx = inputGrad)
            ParallelChunks.Run(new ActivationGradientChunks(px, py, pdy, pdx, activation, alpha), length, threads, 4);
    }
}
