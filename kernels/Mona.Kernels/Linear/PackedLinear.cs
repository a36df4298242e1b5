using Mona.Kernels.Gemm;

namespace Mona.Kernels.Linear;

/// <summary>
/// A fully connected layer prepared for repeated calls, y[n, m] = act(Σ_k W[m, k] · x[n, k] + b[m]).
///
/// A batch of ≤ 4 rows is a matrix-vector product bound by reading W: it runs the dot-product
/// kernel of <see cref="LinearKernel"/> over a private copy of W (rows contiguous, which streams
/// faster than packed panels). Larger batches run the GEMM y = x · Wᵀ with A = x packed per call
/// (batch × K, small) and B = Wᵀ packed once, on first use, in the driver's own block layout
/// (<see cref="PackedMatrixB"/>), read in place; the bias is fused per column.
/// </summary>
public sealed unsafe class PackedLinear : IDisposable
{
    private readonly float[] _weight;
    private readonly float[] _bias;
    private readonly GemmPath _path;
    private readonly Lazy<PackedMatrixB> _packed;

    /// <summary>Copies W (<paramref name="outFeatures"/>×<paramref name="inFeatures"/>) and a possibly empty bias.</summary>
    public PackedLinear(ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, int outFeatures, int inFeatures, GemmPath path = GemmPath.Auto)
    {
        if (outFeatures <= 0 || inFeatures <= 0)
            throw new ArgumentException($"linear sizes must be positive: in {inFeatures}, out {outFeatures}");
        if (weight.Length != (long)outFeatures * inFeatures)
            throw new ArgumentException($"linear weight has {weight.Length} floats, expected {outFeatures}×{inFeatures}", nameof(weight));
        if (!bias.IsEmpty && bias.Length != outFeatures)
            throw new ArgumentException($"linear bias has {bias.Length} floats, expected {outFeatures}", nameof(bias));
        OutFeatures = outFeatures;
        InFeatures = inFeatures;
        _weight = weight.ToArray();
        _bias = bias.ToArray();
        _path = GemmBlocking.Resolve(path);
        _packed = new Lazy<PackedMatrixB>(() => new PackedMatrixB(_weight, InFeatures, OutFeatures, 1, InFeatures, _path));
    }

    /// <summary>M, the number of outputs.</summary>
    public int OutFeatures { get; }

    /// <summary>K, the number of inputs.</summary>
    public int InFeatures { get; }

    /// <summary>y (batch×M) from x (batch×K).</summary>
    public void Forward(ReadOnlySpan<float> x, int batch, Span<float> y, Activation activation, int threads)
    {
        if (batch <= 0) throw new ArgumentException($"linear batch must be positive, got {batch}", nameof(batch));
        if (x.Length < (long)batch * InFeatures || y.Length < (long)batch * OutFeatures)
            throw new ArgumentException($"linear buffers: x {x.Length}/{batch * InFeatures}, y {y.Length}/{batch * OutFeatures}");
        fixed (float* px = x)
        fixed (float* py = y)
        fixed (float* pw = _weight)
        fixed (float* pb = _bias)
        {
            if (batch <= LinearKernel.DotProductBatch)
            {
                LinearKernel.DotProducts(px, pw, pb, py, batch, InFeatures, OutFeatures, activation, threads);
                return;
            }
            // A = x (small, packed per call), B = Wᵀ packed once: element (k, m) at W[m·K + k].
            using var a = PackedMatrixA.Pack(x, batch, InFeatures, InFeatures, 1, _path);
            GemmDriver.Run(a, new PrepackedSource(_packed.Value), py, OutFeatures, OutFeatures, false,
                new GemmEpilogue(null, pb, activation), threads);
        }
    }

    /// <summary>Frees the packed copy, if one was made.</summary>
    public void Dispose()
    {
        if (_packed.IsValueCreated) _packed.Value.Dispose();
    }
}
