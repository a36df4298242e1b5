using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Normalization;

/// <summary>
/// Instance normalisation on the CPU (ONNX InstanceNormalization): for every sample n and
/// channel c, y = scale[c]·(x − μ)/√(σ² + ε) + bias[c], with μ and the biased σ² taken over the
/// H×W plane. Layout NCHW, planes contiguous. Threads split the N·C planes.
/// </summary>
public static unsafe class InstanceNormCpu
{
    /// <param name="x">N·C·plane inputs.</param>
    /// <param name="scale">C values, or empty for 1.</param>
    /// <param name="bias">C values, or empty for 0.</param>
    /// <param name="y">N·C·plane outputs; may be the same memory as <paramref name="x"/>.</param>
    public static void Forward(ReadOnlySpan<float> x, int n, int c, int plane, ReadOnlySpan<float> scale,
        ReadOnlySpan<float> bias, float epsilon, Span<float> y, int threads)
    {
        var length = CheckPlanes(x, y, n, c, plane);
        if (!scale.IsEmpty && scale.Length != c) throw new ArgumentException($"scale has {scale.Length} values, expected C = {c}", nameof(scale));
        if (!bias.IsEmpty && bias.Length != c) throw new ArgumentException($"bias has {bias.Length} values, expected C = {c}", nameof(bias));
        if (length == 0) return;
        fixed (float* px = x, py = y, ps = scale, pb = bias)
        {
            var body = new PlaneNormalizer(px, py, plane, c, scale.IsEmpty ? null : ps, bias.IsEmpty ? null : pb, false, epsilon);
            ParallelChunks.Run(body, n * c, threads, 3L * plane);
        }
    }

    /// <summary>Checks an N×C×plane input/output pair and returns the element count.</summary>
    internal static int CheckPlanes(ReadOnlySpan<float> x, ReadOnlySpan<float> y, int n, int c, int plane)
    {
        if (n < 0 || c < 0 || plane < 0) throw new ArgumentException($"negative size {n}×{c}×{plane}");
        var length = checked(n * c * plane);
        if (x.Length < length) throw new ArgumentException($"input has {x.Length} values, expected {n}×{c}×{plane} = {length}", nameof(x));
        if (y.Length < length) throw new ArgumentException($"output has {y.Length} values, expected {length}", nameof(y));
        if (plane == 0 && n * c > 0) throw new ArgumentException("a plane must hold at least one value", nameof(plane));
        return length;
    }
}
