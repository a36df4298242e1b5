using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Normalization;

/// <summary>
/// Gradient of instance normalisation and AdaIN, y = γ·x̂ + β with x̂ = (x − μ)/σ, σ = √(var + ε),
/// μ and the biased var over each H×W plane. Per plane (n, c) with m = H·W:
/// <code>
///   dβ += Σ dy          dγ += Σ dy·x̂
///   dx += (γ/σ)·(dy − mean(dy) − x̂·mean(dy·x̂))
/// </code>
/// γ is either per channel (instance norm: C values, dγ summed over the batch) or per plane
/// (AdaIN: N·C values from the projected embedding). Statistics are taken in float64. Threads
/// split the N·C planes into fixed chunks (<see cref="InstanceNormGradientPlanes"/>); per-plane sums land
/// in a scratch array and are reduced afterwards in plane order, so no two threads write the same
/// gradient and the result does not depend on the thread count.
/// </summary>
public static unsafe class InstanceNormBackward
{
    /// <param name="gamma">Empty (γ = 1), C values, or N·C values (<paramref name="perSample"/>).</param>
    /// <param name="gammaGrad">Empty or shaped like gamma; accumulated.</param>
    /// <param name="betaGrad">Empty or shaped like gamma; accumulated.</param>
    public static void Run(ReadOnlySpan<float> x, ReadOnlySpan<float> outputGrad, int n, int c, int plane,
        ReadOnlySpan<float> gamma, bool perSample, float epsilon, Span<float> inputGrad, Span<float> gammaGrad, Span<float> betaGrad, int threads)
    {
        var planes = checked(n * c);
        if (x.Length < planes * plane || outputGrad.Length < planes * plane || inputGrad.Length < planes * plane)
            throw new ArgumentException($"instance norm backward needs {n}×{c}×{plane} values in x, dy and dx");
        var gammaCount = perSample ? planes : c;
        if (!gamma.IsEmpty && gamma.Length < gammaCount) throw new ArgumentException($"gamma has {gamma.Length} values, expected {gammaCount}", nameof(gamma));
        var sumDy = new double[planes];
        var sumDyXhat = new double[planes];
        // Per plane: three float64 passes over 2 streams plus one read-modify-write, ≈ 10 floats' worth.
        fixed (float* px = x, pdy = outputGrad, pdx = inputGrad, pg = gamma)
        fixed (double* ps = sumDy, pq = sumDyXhat)
            ParallelChunks.Run(new InstanceNormGradientPlanes(px, pdy, pdx, pg, perSample, c, plane, epsilon, ps, pq), planes, threads, 10L * plane);
        for (var p = 0; p < planes; p++)
        {
            var slot = perSample ? p : p % c;
            if (!gammaGrad.IsEmpty) gammaGrad[slot] += (float)sumDyXhat[p];
            if (!betaGrad.IsEmpty) betaGrad[slot] += (float)sumDy[p];
        }
    }
}
