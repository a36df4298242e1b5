using System.Numerics.Tensors;

namespace Mona.Kernels.Activations;

/// <summary>
/// Gradients of the pointwise activations, dx += f′·dy, with f′ written in terms of the forward
/// input x (ReLU family) or output y (sigmoid: y(1 − y), tanh: 1 − y²), whichever is cheaper.
/// Vectorised with TensorPrimitives; memory-bound, so it runs on the caller's thread.
/// </summary>
public static class ActivationBackward
{
    /// <param name="x">Forward inputs.</param>
    /// <param name="y">Forward outputs.</param>
    /// <param name="inputGrad">Accumulated; same length as x.</param>
    public static void Run(Activation activation, ReadOnlySpan<float> x, ReadOnlySpan<float> y, ReadOnlySpan<float> outputGrad,
        Span<float> inputGrad, float alpha = 0.01f)
    {
        var length = x.Length;
        if (y.Length < length || outputGrad.Length < length || inputGrad.Length < length)
            throw new ArgumentException($"activation backward needs {length} values in y, dy and dx");
        var slope = new float[length];
        switch (activation)
        {
            case Activation.Relu:
            case Activation.LeakyRelu:
                var negative = activation == Activation.Relu ? 0f : alpha;
                for (var i = 0; i < length; i++) slope[i] = x[i] > 0f ? 1f : negative;
                break;
            case Activation.Sigmoid:
                // y − y² = y(1 − y)
                TensorPrimitives.Multiply(y[..length], y[..length], slope);
                TensorPrimitives.Subtract(y[..length], slope, slope);
                break;
            case Activation.Tanh:
                TensorPrimitives.Multiply(y[..length], y[..length], slope);
                TensorPrimitives.Subtract(1f, slope, slope);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "no backward for this activation");
        }
        TensorPrimitives.FusedMultiplyAdd(slope, outputGrad[..length], inputGrad[..length], inputGrad[..length]);
    }
}
