using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Linear;

/// <summary>
/// Fully connected layer, y[n, m] = act(Σ_k x[n, k] · W[m, k] + b[m]) with x Batch×K row-major
/// and W M×K in PyTorch's layout (each output's weights contiguous).
///
/// A small batch (≤ 4 rows) is a matrix-vector product bound by reading W once: each output is a
/// vectorised dot product of two contiguous rows, outputs split between threads. Larger batches
/// run the packed GEMM with A = x and B = Wᵀ read through strides (element (k, m) at m·K + k),
/// the bias fused per column.
/// </summary>
public static unsafe class LinearKernel
{
    private const int DotProductBatch = 4;

    /// <summary>Computes y (Batch×M) from x (Batch×K), W (M×K) and a (possibly empty) bias of length M.</summary>
    public static void Run(ReadOnlySpan<float> x, int batch, int inFeatures, ReadOnlySpan<float> weight, int outFeatures,
        ReadOnlySpan<float> bias, Span<float> y, Activation activation, int threads, GemmPath path = GemmPath.Auto)
    {
        if (batch <= 0 || inFeatures <= 0 || outFeatures <= 0)
            throw new ArgumentException($"linear sizes must be positive: batch {batch}, in {inFeatures}, out {outFeatures}");
        if (x.Length < (long)batch * inFeatures || weight.Length != (long)outFeatures * inFeatures || y.Length < (long)batch * outFeatures)
            throw new ArgumentException($"linear buffers: x {x.Length}/{batch * inFeatures}, W {weight.Length}/{outFeatures * inFeatures}, " +
                                        $"y {y.Length}/{batch * outFeatures}");
        if (!bias.IsEmpty && bias.Length != outFeatures)
            throw new ArgumentException($"linear bias has {bias.Length} floats, expected {outFeatures}", nameof(bias));
        if (batch <= DotProductBatch)
        {
            DotProducts(x, batch, inFeatures, weight, outFeatures, bias, y, activation, threads);
            return;
        }
        using var packed = PackedMatrixA.Pack(x, batch, inFeatures, inFeatures, 1, path);
        Sgemm.Multiply(packed, weight, outFeatures, 1, inFeatures, y, outFeatures, threads, columnBias: bias, activation: activation);
    }

    private static void DotProducts(ReadOnlySpan<float> x, int batch, int inFeatures, ReadOnlySpan<float> weight, int outFeatures,
        ReadOnlySpan<float> bias, Span<float> y, Activation activation, int threads)
    {
        var chunks = Math.Clamp(outFeatures / 64, 1, 4 * Math.Max(1, threads));
        fixed (float* px = x)
        fixed (float* pw = weight)
        fixed (float* pb = bias)
        fixed (float* py = y)
        {
            ChunkScheduler.Run(new DotJob(px, pw, pb, py, batch, inFeatures, outFeatures, activation, chunks), chunks, threads);
        }
    }

    private readonly struct DotJob(float* x, float* w, float* b, float* y, int batch, int k, int m, Activation activation, int chunks)
        : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void FreeScratch(nint scratch)
        {
        }

        public void Execute(int chunk, nint scratch) => Outputs(m * chunk / chunks, m * (chunk + 1) / chunks);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Outputs(int first, int end)
        {
            for (var o = first; o < end; o++)
            {
                var row = new ReadOnlySpan<float>(w + (long)o * k, k);
                for (var n = 0; n < batch; n++)
                {
                    var sum = TensorPrimitives.Dot(new ReadOnlySpan<float>(x + (long)n * k, k), row);
                    if (b != null) sum += b[o];
                    y[(long)n * m + o] = activation.Apply(sum);
                }
            }
        }
    }
}
