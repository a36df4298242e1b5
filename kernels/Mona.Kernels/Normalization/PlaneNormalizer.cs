using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Normalization;

/// <summary>
/// Normalises planes [start, end) of an N×C×plane tensor: per plane p = n·C + c, one read for the
/// statistics, then one affine pass y = (x − μ)·a + β with a = γ/√(σ² + ε).
/// γ/β are indexed per plane (AdaIN: N·C values) or per channel (instance norm: C values);
/// a null pointer means γ = 1 or β = 0. Thread mapping: one plane per work item.
/// </summary>
internal readonly unsafe struct PlaneNormalizer(
    float* x, float* y, int plane, int channels, float* gamma, float* beta, bool perSample, float epsilon)
    : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            var xp = x + (long)p * plane;
            var (mean, variance) = PlaneStatistics.Compute(xp, plane);
            var index = perSample ? p : p % channels;
            var g = gamma is null ? 1f : gamma[index];
            var scale = g / MathF.Sqrt(variance + epsilon);
            var shift = beta is null ? 0f : beta[index];
            PlaneStatistics.Affine(xp, y + (long)p * plane, plane, mean, scale, shift);
        }
    }
}
