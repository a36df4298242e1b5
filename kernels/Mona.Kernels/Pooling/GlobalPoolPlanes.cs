using System.Numerics.Tensors;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Pooling;

/// <summary>Reduces whole planes [start, end) to one value each (SIMD sum or max per plane).</summary>
internal readonly unsafe struct GlobalPoolPlanes(float* x, float* y, int plane, PoolKind kind) : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            var values = new ReadOnlySpan<float>(x + (long)p * plane, plane);
            y[p] = kind == PoolKind.Max ? TensorPrimitives.Max(values) : TensorPrimitives.Sum(values) / plane;
        }
    }
}
