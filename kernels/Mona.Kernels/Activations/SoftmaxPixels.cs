using System.Numerics.Tensors;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Activations;

/// <summary>
/// Softmax across channels for blocks of pixels: item b is sample b / blocksPerSample, pixels
/// [Block·(b mod blocksPerSample), +Block). Vectorised across pixels: the running max over the C
/// channel planes, then e^(x − max) per channel into the output and its running sum, then one
/// scale by 1/sum. A block of 512 pixels keeps max and sum (4 KB) in L1.
/// </summary>
internal readonly unsafe struct SoftmaxPixels(float* x, float* y, int channels, int plane, int blocksPerSample) : IChunkBody
{
    public const int Block = 512;

    public void Run(int start, int end)
    {
        var max = stackalloc float[Block];
        var sum = stackalloc float[Block];
        for (var b = start; b < end; b++)
        {
            var sample = b / blocksPerSample;
            var first = (b - sample * blocksPerSample) * Block;
            var count = Math.Min(Block, plane - first);
            var maxRow = new Span<float>(max, count);
            var sumRow = new Span<float>(sum, count);
            var baseOffset = (long)sample * channels * plane + first;
            new ReadOnlySpan<float>(x + baseOffset, count).CopyTo(maxRow);
            for (var c = 1; c < channels; c++)
                TensorPrimitives.Max(maxRow, new ReadOnlySpan<float>(x + baseOffset + (long)c * plane, count), maxRow);
            sumRow.Clear();
            for (var c = 0; c < channels; c++)
            {
                var target = new Span<float>(y + baseOffset + (long)c * plane, count);
                TensorPrimitives.Subtract(new ReadOnlySpan<float>(x + baseOffset + (long)c * plane, count), maxRow, target);
                TensorPrimitives.Exp(target, target);
                TensorPrimitives.Add(sumRow, target, sumRow);
            }
            TensorPrimitives.Reciprocal(sumRow, sumRow);
            for (var c = 0; c < channels; c++)
            {
                var target = new Span<float>(y + baseOffset + (long)c * plane, count);
                TensorPrimitives.Multiply(target, sumRow, target);
            }
        }
    }
}
