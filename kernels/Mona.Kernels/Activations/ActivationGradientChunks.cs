using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Activations;

/// <summary>
/// dx += f′·dy over elements [start, end), in blocks of <see cref="Block"/>: f′ goes to a stack
/// buffer (no heap allocation per call), then one fused multiply-add per block. Each element is
/// written by exactly one chunk, so the result does not depend on the thread count.
/// </summary>
internal readonly unsafe struct ActivationGradientChunks(float* x, float* y, float* dy, float* dx, Activation activation, float alpha)
    : IChunkBody
{
    /// <summary>4 KiB of slopes: stays in L1 next to the three streams it combines.</summary>
    private const int Block = 1024;

    public void Run(int start, int end)
    {
        Span<float> slope = stackalloc float[Block];
        for (var i = start; i < end; i += Block)
        {
            var length = Math.Min(Block, end - i);
            var s = slope[..length];
            Slope(i, s);
            var grad = new Span<float>(dx + i, length);
            TensorPrimitives.FusedMultiplyAdd(s, new ReadOnlySpan<float>(dy + i, length), grad, grad);
        }
    }

    private void Slope(int offset, Span<float> slope)
    {
        var output = new ReadOnlySpan<float>(y + offset, slope.Length);
        switch (activation)
        {
            case Activation.Relu:
            case Activation.LeakyRelu:
                // f′ = 1 where x > 0, else 0 (ReLU) or α (leaky); a select per 8 lanes.
                var negative = activation == Activation.Relu ? 0f : alpha;
                var source = x + offset;
                var j = 0;
                var (one, low) = (Vector256.Create(1f), Vector256.Create(negative));
                fixed (float* target = slope)
                {
                    for (; j <= slope.Length - 8; j += 8)
                        Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.Load(source + j), Vector256<float>.Zero), one, low).Store(target + j);
                }
                for (; j < slope.Length; j++) slope[j] = source[j] > 0f ? 1f : negative;
                break;
            case Activation.Sigmoid:
                // y − y² = y(1 − y)
                TensorPrimitives.Multiply(output, output, slope);
                TensorPrimitives.Subtract(output, slope, slope);
                break;
            case Activation.Tanh:
                TensorPrimitives.Multiply(output, output, slope);
                TensorPrimitives.Subtract(1f, slope, slope);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "no backward for this activation");
        }
    }
}
