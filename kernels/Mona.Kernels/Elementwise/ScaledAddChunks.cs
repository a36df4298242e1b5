using System.Numerics.Tensors;

namespace Mona.Kernels.Elementwise;

/// <summary>target[i] += factor·source[i] over elements [start, end) (TensorPrimitives, unfused: factor 1 or −1 is exact).</summary>
internal readonly unsafe struct ScaledAddChunks(float* source, float factor, float* target) : IChunkBody
{
    public void Run(int start, int end)
    {
        var t = new Span<float>(target + start, end - start);
        TensorPrimitives.MultiplyAdd(new ReadOnlySpan<float>(source + start, end - start), factor, t, t);
    }
}
