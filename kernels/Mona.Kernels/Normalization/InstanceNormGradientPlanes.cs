using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Normalization;

/// <summary>
/// Instance norm / AdaIN backward for planes [start, end) (see <see cref="InstanceNormBackward"/>
/// for the math). Reads x and dy in place (pinned), adds each plane's dx straight into the input
/// gradient, and leaves Σ dy and Σ dy·x̂ in per-plane slots; a plane is owned by one thread, and
/// its sums run in index order in float64, so the result is independent of the thread count.
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
        double mean = 0, square = 0;
        for (var i = 0; i < plane; i++) mean += xp[i];
        mean /= plane;
        for (var i = 0; i < plane; i++) square += (xp[i] - mean) * (xp[i] - mean);
        var invSigma = 1.0 / Math.Sqrt(square / plane + epsilon);
        double a = 0, b = 0;
        for (var i = 0; i < plane; i++)
        {
            a += dyp[i];
            b += dyp[i] * (xp[i] - mean) * invSigma;
        }
        sumDy[p] = a;
        sumDyXhat[p] = b;
        var scale = (gamma is null ? 1.0 : gamma[perSample ? p : p % c]) * invSigma;
        double meanDy = a / plane, meanDyXhat = b / plane;
        for (var i = 0; i < plane; i++)
            target[i] += (float)(scale * (dyp[i] - meanDy - (xp[i] - mean) * invSigma * meanDyXhat));
    }
}
