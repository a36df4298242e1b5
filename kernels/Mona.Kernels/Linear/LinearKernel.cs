using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Linear;

/// <summary>
/// One-shot fully connected layer, y[n, m] = act(Σ_k x[n, k] · W[m, k] + b[m]), x Batch×K and W
/// M×K (PyTorch layout, each output's weights contiguous). A batch of ≤ 4 rows reads W once as
/// dot products of contiguous rows (no packing: packing would read W too), four outputs at a
/// time so each x vector is loaded once for four rows; output features are chunked between
/// threads. Larger batches run the GEMM with A = x and B = Wᵀ gathered through strides. Layers
/// called more than once should keep a <see cref="PackedLinear"/>.
/// </summary>
public static unsafe class LinearKernel
{
    /// <summary>Batches up to this size run as dot products; larger ones as a GEMM.</summary>
    internal const int DotProductBatch = 4;

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
        if (batch > DotProductBatch)
        {
            // B = Wᵀ gathered block by block: cheaper for one call than packing all of W first.
            using var packed = PackedMatrixA.Pack(x, batch, inFeatures, inFeatures, 1, path);
            Sgemm.Multiply(packed, weight, outFeatures, 1, inFeatures, y, outFeatures, threads, columnBias: bias, activation: activation);
            return;
        }
        fixed (float* px = x)
        fixed (float* pw = weight)
        fixed (float* pb = bias)
        fixed (float* py = y)
        {
            DotProducts(px, pw, pb, py, batch, inFeatures, outFeatures, activation, threads);
        }
    }

    /// <summary>y[n, m] = act(x[n]·W[m] + b[m]) as dot products of contiguous rows, outputs chunked between threads.</summary>
    internal static void DotProducts(float* x, float* w, float* b, float* y, int batch, int inFeatures, int outFeatures,
        Activation activation, int threads)
    {
        var chunks = Math.Clamp(outFeatures / 64, 1, 4 * Math.Max(1, threads));
        ChunkScheduler.Run(new DotJob(x, w, b, y, batch, inFeatures, outFeatures, activation, chunks), chunks, threads);
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
            int first = m * chunk / chunks, end = m * (chunk + 1) / chunks;
            var sums = stackalloc float[4];
            for (var n = 0; n < batch; n++)
            {
                var row = x + (long)n * k;
                var o = first;
                for (; o + 4 <= end; o += 4)
                {
                    Dot4(row, w + (long)o * k, k, sums);
                    for (var i = 0; i < 4; i++) Store(n, o + i, sums[i]);
                }
                for (; o < end; o++) Store(n, o, Dot(row, w + (long)o * k, k));
            }
        }

        private void Store(int n, int o, float sum) =>
            y[(long)n * m + o] = activation.Apply(b == null ? sum : sum + b[o]);

        /// <summary>Four outputs at once: each x vector is loaded once for four weight rows (8 independent chains).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Dot4(float* a, float* w, int length, float* sums)
        {
            Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default;
            Vector256<float> t0 = default, t1 = default, t2 = default, t3 = default;
            var i = 0;
            for (; i + 16 <= length; i += 16)
            {
                var x0 = Vector256.Load(a + i);
                var x1 = Vector256.Load(a + i + 8);
                s0 = Vector256.FusedMultiplyAdd(x0, Vector256.Load(w + i), s0);
                t0 = Vector256.FusedMultiplyAdd(x1, Vector256.Load(w + i + 8), t0);
                s1 = Vector256.FusedMultiplyAdd(x0, Vector256.Load(w + length + i), s1);
                t1 = Vector256.FusedMultiplyAdd(x1, Vector256.Load(w + length + i + 8), t1);
                s2 = Vector256.FusedMultiplyAdd(x0, Vector256.Load(w + 2L * length + i), s2);
                t2 = Vector256.FusedMultiplyAdd(x1, Vector256.Load(w + 2L * length + i + 8), t2);
                s3 = Vector256.FusedMultiplyAdd(x0, Vector256.Load(w + 3L * length + i), s3);
                t3 = Vector256.FusedMultiplyAdd(x1, Vector256.Load(w + 3L * length + i + 8), t3);
            }
            sums[0] = Vector256.Sum(s0 + t0);
            sums[1] = Vector256.Sum(s1 + t1);
            sums[2] = Vector256.Sum(s2 + t2);
            sums[3] = Vector256.Sum(s3 + t3);
            for (; i < length; i++)
            {
                sums[0] += a[i] * w[i];
                sums[1] += a[i] * w[length + i];
                sums[2] += a[i] * w[2L * length + i];
                sums[3] += a[i] * w[3L * length + i];
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
