using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Linear;

/// <summary>
/// One-shot fully connected layer, y[n, m] = act(Σ_k x[n, k] · W[m, k] + b[m]), x Batch×K and W
/// M×K (PyTorch layout, each output's weights contiguous). A batch of ≤ 4 rows reads W once as
/// dot products of contiguous rows (no packing: packing would read W too); output features are
/// chunked between threads. Larger batches pack W into a <see cref="PackedLinear"/> and run the
/// GEMM. Layers called more than once should keep the <see cref="PackedLinear"/>.
/// </summary>
public static unsafe class LinearKernel
{
    private const int DotProductBatch = 4;

    /// <summary>Computes y (Batch×M) from x (Batch×K), W (M×K) and a (possibly empty) bias of length M.</summary>
    public static void Run(ReadOnlySpan<float> x, int batch, int inFeatures, ReadOnlySpan<float> weight, int outFeatures,
        ReadOnlySpan<float> bias, Span<float> y, Activation activation, int threads, GemmPath path = GemmPath.Auto)
    {
        if (batch > DotProductBatch)
        {
            using var layer = new PackedLinear(weight, bias, outFeatures, inFeatures, path);
            layer.Forward(x, batch, y, activation, threads);
            return;
        }
        if (batch <= 0 || inFeatures <= 0 || outFeatures <= 0)
            throw new ArgumentException($"linear sizes must be positive: batch {batch}, in {inFeatures}, out {outFeatures}");
        if (x.Length < (long)batch * inFeatures || weight.Length != (long)outFeatures * inFeatures || y.Length < (long)batch * outFeatures)
            throw new ArgumentException($"linear buffers: x {x.Length}/{batch * inFeatures}, W {weight.Length}/{outFeatures * inFeatures}, " +
                                        $"y {y.Length}/{batch * outFeatures}");
        if (!bias.IsEmpty && bias.Length != outFeatures)
            throw new ArgumentException($"linear bias has {bias.Length} floats, expected {outFeatures}", nameof(bias));
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

        public void Execute(int chunk, nint scratch)
        {
            for (var o = m * chunk / chunks; o < m * (chunk + 1) / chunks; o++)
            {
                for (var n = 0; n < batch; n++)
                {
                    var sum = Dot(x + (long)n * k, w + (long)o * k, k);
                    if (b != null) sum += b[o];
                    y[(long)n * m + o] = activation.Apply(sum);
                }
            }
        }

        /// <summary>Σ a[i]·b[i] with two independent Vector256 accumulators, then a scalar tail.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static float Dot(float* a, float* b, int length)
        {
            Vector256<float> s0 = default, s1 = default;
            var i = 0;
            for (; i + 16 <= length; i += 16)
            {
                s0 = Vector256.FusedMultiplyAdd(Vector256.Load(a + i), Vector256.Load(b + i), s0);
                s1 = Vector256.FusedMultiplyAdd(Vector256.Load(a + i + 8), Vector256.Load(b + i + 8), s1);
            }
            var sum = Vector256.Sum(s0 + s1);
            for (; i < length; i++) sum += a[i] * b[i];
            return sum;
        }
    }
}
