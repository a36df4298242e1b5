using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mona.Kernels.Normalization;

/// <summary>
/// Mean and biased variance of one contiguous plane in a single read, with shifted sums:
/// with K = x[0], S = Σ(x − K), Q = Σ(x − K)², mean = K + S/L and var = (Q − S²/L)/L. Shifting by
/// a sample of the data keeps S small, so the subtraction does not cancel catastrophically the
/// way the naive Σx² − (Σx)²/L does when |mean| ≫ std. Four 8-lane accumulators (32 partial sums)
/// keep each float sum short; the partials are combined in double.
/// </summary>
internal static unsafe class PlaneStatistics
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (float Mean, float Variance) Compute(float* x, int length)
    {
        var shift = x[0];
        var k = Vector256.Create(shift);
        Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default;
        Vector256<float> q0 = default, q1 = default, q2 = default, q3 = default;
        var i = 0;
        for (; i <= length - 32; i += 32)
        {
            var d0 = Vector256.Load(x + i) - k;
            var d1 = Vector256.Load(x + i + 8) - k;
            var d2 = Vector256.Load(x + i + 16) - k;
            var d3 = Vector256.Load(x + i + 24) - k;
            s0 += d0; s1 += d1; s2 += d2; s3 += d3;
            q0 = Vector256.FusedMultiplyAdd(d0, d0, q0);
            q1 = Vector256.FusedMultiplyAdd(d1, d1, q1);
            q2 = Vector256.FusedMultiplyAdd(d2, d2, q2);
            q3 = Vector256.FusedMultiplyAdd(d3, d3, q3);
        }
        for (; i <= length - 8; i += 8)
        {
            var d = Vector256.Load(x + i) - k;
            s0 += d;
            q0 = Vector256.FusedMultiplyAdd(d, d, q0);
        }
        double s = Vector256.Sum((s0 + s1) + (s2 + s3));
        double q = Vector256.Sum((q0 + q1) + (q2 + q3));
        for (; i < length; i++)
        {
            double d = x[i] - shift;
            s += d;
            q += d * d;
        }
        var mean = shift + s / length;
        var variance = Math.Max(0.0, (q - s * s / length) / length);
        return ((float)mean, (float)variance);
    }

    /// <summary>
    /// y = (x − mean)·scale + shift over one plane (the affine pass, reading x from cache). The
    /// centring is kept apart rather than folded into x·scale + (shift − mean·scale): with a
    /// near-constant plane scale ≈ γ/√ε is large and the folded constant would lose the result
    /// to rounding.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Affine(float* x, float* y, int length, float mean, float scale, float shift)
    {
        var m = Vector256.Create(mean);
        var a = Vector256.Create(scale);
        var b = Vector256.Create(shift);
        var i = 0;
        for (; i <= length - 32; i += 32)
        {
            Vector256.FusedMultiplyAdd(Vector256.Load(x + i) - m, a, b).Store(y + i);
            Vector256.FusedMultiplyAdd(Vector256.Load(x + i + 8) - m, a, b).Store(y + i + 8);
            Vector256.FusedMultiplyAdd(Vector256.Load(x + i + 16) - m, a, b).Store(y + i + 16);
            Vector256.FusedMultiplyAdd(Vector256.Load(x + i + 24) - m, a, b).Store(y + i + 24);
        }
        for (; i <= length - 8; i += 8)
            Vector256.FusedMultiplyAdd(Vector256.Load(x + i) - m, a, b).Store(y + i);
        for (; i < length; i++)
            y[i] = MathF.FusedMultiplyAdd(x[i] - mean, scale, shift);
    }
}
