using System.Numerics.Tensors;

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
/// split the N·C planes; per-plane sums land in a scratch array and are reduced afterwards, so
/// no two threads write the same gradient.
/// </summary>
public static class InstanceNormBackward
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
        var xs = x.ToArray();
        var dys = outputGrad.ToArray();
        var g = gamma.IsEmpty ? null : gamma.ToArray();
        var dx = new float[planes * plane];
        var sumDy = new double[planes];
        var sumDyXhat = new double[planes];
        Parallel.For(0, planes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, p =>
        {
            var xp = xs.AsSpan(p * plane, plane);
            var dyp = dys.AsSpan(p * plane, plane);
            double mean = 0, square = 0;
            foreach (var v in xp) mean += v;
            mean /= plane;
            foreach (var v in xp) square += (v - mean) * (v - mean);
            var invSigma = 1.0 / Math.Sqrt(square / plane + epsilon);
            double a = 0, b = 0;
            for (var i = 0; i < plane; i++)
            {
                a += dyp[i];
                b += dyp[i] * (xp[i] - mean) * invSigma;
            }
            sumDy[p] = a;
            sumDyXhat[p] = b;
            var scale = (g is null ? 1.0 : g[perSample ? p : p % c]) * invSigma;
            double meanDy = a / plane, meanDyXhat = b / plane;
            var target = dx.AsSpan(p * plane, plane);
            for (var i = 0; i < plane; i++)
                target[i] = (float)(scale * (dyp[i] - meanDy - (xp[i] - mean) * invSigma * meanDyXhat));
        });
        TensorPrimitives.Add(inputGrad[..dx.Length], dx, inputGrad[..dx.Length]);
        for (var p = 0; p < planes; p++)
        {
            var slot = perSample ? p : p % c;
            if (!gammaGrad.IsEmpty) gammaGrad[slot] += (float)sumDyXhat[p];
            if (!betaGrad.IsEmpty) betaGrad[slot] += (float)sumDy[p];
        }
    }
}
