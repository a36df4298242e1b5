namespace Mona.Kernels.Activations;

/// <summary>
/// Softmax over the last axis of a rows×length matrix (the attention map of self-attention), and
/// its gradient. Forward: y = exp(x − max)/Σ exp(x − max), per row. Backward, per row:
/// dx += y ⊙ (dy − Σ dy·y). Rows are independent; they run on the caller's thread.
/// </summary>
public static class SoftmaxRows
{
    public static void Forward(ReadOnlySpan<float> x, int rows, int length, Span<float> y)
    {
        for (var r = 0; r < rows; r++)
        {
            var xr = x.Slice(r * length, length);
            var yr = y.Slice(r * length, length);
            // Shift by the row maximum so exp never overflows.
            System.Numerics.Tensors.TensorPrimitives.Subtract(xr, System.Numerics.Tensors.TensorPrimitives.Max(xr), yr);
            System.Numerics.Tensors.TensorPrimitives.Exp(yr, yr);
            System.Numerics.Tensors.TensorPrimitives.Divide(yr, System.Numerics.Tensors.TensorPrimitives.Sum(yr), yr);
        }
    }

    public static void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> outputGrad, int rows, int length, Span<float> inputGrad)
    {
        for (var r = 0; r < rows; r++)
        {
            var yr = y.Slice(r * length, length);
            var dyr = outputGrad.Slice(r * length, length);
            var dot = System.Numerics.Tensors.TensorPrimitives.Dot(yr, dyr);
            var dxr = inputGrad.Slice(r * length, length);
            for (var i = 0; i < length; i++) dxr[i] += yr[i] * (dyr[i] - dot);
        }
    }
}
