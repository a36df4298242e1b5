using System.Runtime.Intrinsics;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Normalization;

/// <summary>
/// Instance norm / AdaIN backward for planes [start, end) (see <see cref="InstanceNormBackward"/>
/// for the math). Reads x and dy in place (pinned), adds each plane's dx straight into the input
/// gradient, and leaves Σ dy and Σ dy·x̂ in per-plane slots. Three passes, in float64 four lanes
/// at a time (each float widened): Σ x; then Σ (x − μ)², Σ dy, Σ dy·(x − μ); then dx. A plane is
/// owned by one thread and its sums run in a fixed lane order, so the result is independent of
/// the thread count.
/// </summary>
internal readonly unsafe struct InstanceNormGradientPlanes(
    float* x, float* dy, float* dx, float* gamma, bool perSample, int c, int plane, float epsilon, double* sumDy, double* sumDyXhat)
    : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var p = start; p < end; p++) Plane(p);
    }

    private void Plane(int p)
    {
        var xp = x + (long)p * plane;
        var dyp = dy + (long)p * plane;
        var target = dx + (long)p * plane;
        var mean = Sum(xp) / plane;
        var (square, a, centered) = CenteredSums(xp, dyp, mean);
        var invSigma = 1.0 / Math.Sqrt(square / plane + epsilon);
        // b = Σ dy·x̂ = Σ dy·(x − μ) / σ.
        var b = centered * invSigma;
        sumDy[p] = a;
        sumDyXhat[p] = b;
        var scale = (gamma is null ? 1.0 : gamma[perSample ? p : p % c]) * invSigma;
        Write(xp, dyp, target, mean, scale, a / plane, invSigma * (b / plane));
    }

    /// <summary>Σ x in float64: 8 floats widened into two 4-lane double accumulators per step.</summary>
    private double Sum(float* xp)
    {
        Vector256<double> s0 = default, s1 = default;
        var i = 0;
        for (; i <= plane - 8; i += 8)
        {
            var v = Vector256.Load(xp + i);
            s0 += Vector256.WidenLower(v);
            s1 += Vector256.WidenUpper(v);
        }
        var sum = Vector256.Sum(s0 + s1);
        for (; i < plane; i++) sum += xp[i];
        return sum;
    }

    /// <summary>Σ (x − μ)², Σ dy and Σ dy·(x − μ) in float64, one pass.</summary>
    private (double Square, double Dy, double DyCentered) CenteredSums(float* xp, float* dyp, double mean)
    {
        var m = Vector256.Create(mean);
        Vector256<double> q = default, a = default, e = default;
        var i = 0;
        for (; i <= plane - 8; i += 8)
        {
            var v = Vector256.Load(xp + i);
            var d = Vector256.Load(dyp + i);
            var (x0, x1) = (Vector256.WidenLower(v) - m, Vector256.WidenUpper(v) - m);
            var (d0, d1) = (Vector256.WidenLower(d), Vector256.WidenUpper(d));
            q += x0 * x0 + x1 * x1;
            a += d0 + d1;
            e += d0 * x0 + d1 * x1;
        }
        double square = Vector256.Sum(q), dySum = Vector256.Sum(a), centered = Vector256.Sum(e);
        for (; i < plane; i++)
        {
            var centeredX = xp[i] - mean;
            square += centeredX * centeredX;
            dySum += dyp[i];
            centered += dyp[i] * centeredX;
        }
        return (square, dySum, centered);
    }

    /// <summary>dx += scale·(dy − mean(dy) − (x − μ)·k), k = mean(dy·x̂)/σ, computed in float64 and rounded once.</summary>
    private void Write(float* xp, float* dyp, float* target, double mean, double scale, double meanDy, double k)
    {
        var (m, s, md, kk) = (Vector256.Create(mean), Vector256.Create(scale), Vector256.Create(meanDy), Vector256.Create(k));
        var i = 0;
        for (; i <= plane - 8; i += 8)
        {
            var v = Vector256.Load(xp + i);
            var d = Vector256.Load(dyp + i);
            var low = s * (Vector256.WidenLower(d) - md - (Vector256.WidenLower(v) - m) * kk);
            var high = s * (Vector256.WidenUpper(d) - md - (Vector256.WidenUpper(v) - m) * kk);
            (Vector256.Load(target + i) + Vector256.Narrow(low, high)).Store(target + i);
        }
        for (; i < plane; i++) target[i] += (float)(scale * (dyp[i] - meanDy - (xp[i] - mean) * k));
    }
}
