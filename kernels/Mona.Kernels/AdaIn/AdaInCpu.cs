using Mona.Kernels.Elementwise;
using Mona.Kernels.Normalization;

namespace Mona.Kernels.AdaIn;

/// <summary>
/// Adaptive instance normalisation (AdaIN, Huang &amp; Belongie 2017; the generator's style input
/// in Zakharov et al. 2019) on the CPU: y = γ[n,c]·(x − μ[n,c])/√(σ²[n,c] + ε) + β[n,c], where μ and
/// the biased σ² are taken over each H×W plane, exactly as ONNX InstanceNormalization followed by
/// Mul and Add. Fused: one read for the statistics (shifted sums), then one affine pass that
/// re-reads the plane from cache. Layout NCHW; threads split the N·C planes.
/// </summary>
public static unsafe class AdaInCpu
{
    /// <param name="x">N·C·plane inputs.</param>
    /// <param name="gamma">N·C scales (per sample, per channel).</param>
    /// <param name="beta">N·C shifts.</param>
    /// <param name="y">N·C·plane outputs; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="threads">Most threads to use (small tensors run on the caller alone).</param>
    public static void Forward(ReadOnlySpan<float> x, int n, int c, int plane, ReadOnlySpan<float> gamma,
        ReadOnlySpan<float> beta, float epsilon, Span<float> y, int threads)
    {
        var length = InstanceNormCpu.CheckPlanes(x, y, n, c, plane);
        var planes = n * c;
        if (gamma.Length < planes) throw new ArgumentException($"gamma has {gamma.Length} values, expected N·C = {planes}", nameof(gamma));
        if (beta.Length < planes) throw new ArgumentException($"beta has {beta.Length} values, expected N·C = {planes}", nameof(beta));
        if (length == 0) return;
        fixed (float* px = x, py = y, pg = gamma, pb = beta)
        {
            var body = new PlaneNormalizer(px, py, plane, c, pg, pb, true, epsilon);
            ParallelChunks.Run(body, planes, threads, 3L * plane);
        }
    }
}
