using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Linear;

/// <summary>
/// A fully connected layer's weights packed once, y[n, m] = act(Σ_k W[m, k] · x[n, k] + b[m]).
///
/// W (M×K, PyTorch layout) is packed as the GEMM's left operand (<see cref="PackedMatrixA"/>), so
/// the layer computes yᵀ = W · xᵀ: rows = output features (bias per row, fused), columns = the
/// batch. A batch of ≤ 4 rows is a matrix-vector product bound by reading W: it runs a GEMV
/// straight over the packed panels (8 output rows per Vector256, one FMA per k and batch row),
/// row panels split between threads. Larger batches run the packed GEMM into a scratch yᵀ that is
/// then transposed into y.
/// </summary>
public sealed unsafe class PackedLinear : IDisposable
{
    private const int VectorBatch = 4;
    private readonly PackedMatrixA _weight;
    private readonly float[] _bias;

    /// <summary>Packs W (<paramref name="outFeatures"/>×<paramref name="inFeatures"/>) and a possibly empty bias.</summary>
    public PackedLinear(ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, int outFeatures, int inFeatures, GemmPath path = GemmPath.Auto)
    {
        if (outFeatures <= 0 || inFeatures <= 0)
            throw new ArgumentException($"linear sizes must be positive: in {inFeatures}, out {outFeatures}");
        if (weight.Length != (long)outFeatures * inFeatures)
            throw new ArgumentException($"linear weight has {weight.Length} floats, expected {outFeatures}×{inFeatures}", nameof(weight));
        if (!bias.IsEmpty && bias.Length != outFeatures)
            throw new ArgumentException($"linear bias has {bias.Length} floats, expected {outFeatures}", nameof(bias));
        _weight = PackedMatrixA.Pack(weight, outFeatures, inFeatures, inFeatures, 1, path);
        _bias = bias.ToArray();
    }

    public int OutFeatures => _weight.Rows;

    public int InFeatures => _weight.Depth;

    /// <summary>y (batch×M) from x (batch×K).</summary>
    public void Forward(ReadOnlySpan<float> x, int batch, Span<float> y, Activation activation, int threads)
    {
        if (batch <= 0) throw new ArgumentException($"linear batch must be positive, got {batch}", nameof(batch));
        if (x.Length < (long)batch * InFeatures || y.Length < (long)batch * OutFeatures)
            throw new ArgumentException($"linear buffers: x {x.Length}/{batch * InFeatures}, y {y.Length}/{batch * OutFeatures}");
        fixed (float* px = x)
        fixed (float* py = y)
        fixed (float* pb = _bias)
        {
            if (batch <= VectorBatch)
            {
                var chunks = Math.Clamp(_weight.Panels / 8, 1, 4 * Math.Max(1, threads));
                ChunkScheduler.Run(new GemvJob(_weight, px, pb, py, batch, activation, chunks), chunks, threads);
                return;
            }
            Gemm(px, batch, py, pb, activation, threads);
        }
    }

    public void Dispose() => _weight.Dispose();

    private void Gemm(float* x, int batch, float* y, float* bias, Activation activation, int threads)
    {
        var transposed = new float[(long)OutFeatures * batch];
        fixed (float* t = transposed)
        {
            // B = xᵀ: element (k, n) at x[n·K + k].
            GemmDriver.Run(_weight, new DenseSource(x, 1, InFeatures), t, batch, batch, false,
                new GemmEpilogue(bias, null, activation), threads);
            for (var n = 0; n < batch; n++)
            {
                for (var m = 0; m < OutFeatures; m++) y[(long)n * OutFeatures + m] = t[(long)m * batch + n];
            }
        }
    }

    /// <summary>Chunk i: a range of row panels of W, all batch rows.</summary>
    private readonly struct GemvJob(PackedMatrixA w, float* x, float* bias, float* y, int batch, Activation activation, int chunks)
        : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void FreeScratch(nint scratch)
        {
        }

        public void Execute(int chunk, nint scratch)
        {
            var sums = stackalloc float[VectorBatch * 8];
            for (var p = w.Panels * chunk / chunks; p < w.Panels * (chunk + 1) / chunks; p++)
            {
                new Span<float>(sums, VectorBatch * 8).Clear();
                if (w.RowsPerPanel == 8) Panel8(p, sums);
                else PanelScalar(p, sums);
                Store(p, sums);
            }
        }

        /// <summary>sums[n·8 + i] = Σ_k W[8p + i, k] · x[n, k], one Vector256 FMA per (k, n).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Panel8(int p, float* sums)
        {
            int depth = w.Depth, block = w.BlockDepth;
            Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default;
            for (var k0 = 0; k0 < depth; k0 += block)
            {
                var kc = Math.Min(block, depth - k0);
                var a = w.Panel(k0, kc, p);
                for (var k = 0; k < kc; k++)
                {
                    var column = Vector256.Load(a + k * 8);
                    var xk = x + k0 + k;
                    s0 = Vector256.FusedMultiplyAdd(column, Vector256.Create(xk[0]), s0);
                    if (batch > 1) s1 = Vector256.FusedMultiplyAdd(column, Vector256.Create(xk[depth]), s1);
                    if (batch > 2) s2 = Vector256.FusedMultiplyAdd(column, Vector256.Create(xk[2 * depth]), s2);
                    if (batch > 3) s3 = Vector256.FusedMultiplyAdd(column, Vector256.Create(xk[3 * depth]), s3);
                }
            }
            s0.Store(sums);
            s1.Store(sums + 8);
            s2.Store(sums + 16);
            s3.Store(sums + 24);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void PanelScalar(int p, float* sums)
        {
            int depth = w.Depth, block = w.BlockDepth, mr = w.RowsPerPanel;
            for (var k0 = 0; k0 < depth; k0 += block)
            {
                var kc = Math.Min(block, depth - k0);
                var a = w.Panel(k0, kc, p);
                for (var k = 0; k < kc; k++)
                {
                    for (var n = 0; n < batch; n++)
                    {
                        var xk = x[(long)n * depth + k0 + k];
                        for (var i = 0; i < mr; i++) sums[n * 8 + i] += a[k * mr + i] * xk;
                    }
                }
            }
        }

        private void Store(int p, float* sums)
        {
            var rows = Math.Min(w.RowsPerPanel, w.Rows - p * w.RowsPerPanel);
            for (var n = 0; n < batch; n++)
            {
                for (var i = 0; i < rows; i++)
                {
                    var m = p * w.RowsPerPanel + i;
                    var value = sums[n * 8 + i] + (bias == null ? 0f : bias[m]);
                    y[(long)n * w.Rows + m] = activation.Apply(value);
                }
            }
        }
    }
}
