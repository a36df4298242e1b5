using System.Numerics.Tensors;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Pooling;

/// <summary>
/// Global pooling backward for planes [start, end): average adds d/L to the whole plane, max adds
/// d to the plane's first maximum. Planes are independent, so any split gives the same result.
/// </summary>
internal readonly unsafe struct GlobalPoolGradientPlanes(PoolKind kind, float* x, float* dy, float* dx, int plane) : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            var d = dy[p];
            var grad = new Span<float>(dx + (long)p * plane, plane);
            if (kind == PoolKind.Average) TensorPrimitives.Add(grad, d / plane, grad);
            else grad[TensorPrimitives.IndexOfMax(new ReadOnlySpan<float>(x + (long)p * plane, plane))] += d;
        }
    }
}
