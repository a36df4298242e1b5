using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Mona.Kernels.Warp;

/// <summary>
/// The two halves of bilinear sampling, split so that the coordinate work is done once per
/// output pixel and shared by all channels.
/// <para><see cref="Compute"/>: pixel coordinates (x, y) → four tap indices into an H×W plane and
/// four weights, eight pixels per Vector256 step. Padding is applied to the coordinate first:
/// Border clamps it to [0, size − 1]; Reflection mirrors it into [lo, hi] (align corners: [0, size − 1],
/// else [−0.5, size − 0.5]) and then clamps, which is what ONNX GridSample does (its corner
/// indices re-reflected land on the edge pixel). Zeros keeps it and gives each tap outside the
/// plane weight 0. Every index is clamped into the plane, so even NaN or huge coordinates never
/// read outside it.</para>
/// <para><see cref="Blend"/>: out[i] = Σ w_k[i]·plane[idx_k[i]] for one channel, with AVX2 gathers.</para>
/// Buffer layout: idx and weights hold four runs of <see cref="Chunk"/> entries (taps 00, 01, 10, 11).
/// </summary>
internal static unsafe class WarpTaps
{
    /// <summary>Pixels per chunk: the tap tables of one chunk (2.5 KB) stay in L1 across channels.</summary>
    public const int Chunk = 64;

    /// <summary>Fills the tap tables for <paramref name="count"/> pixels (coordinates are read up to
    /// count rounded up to 8; the caller zero-fills that tail).</summary>
    public static void Compute(float* xs, float* ys, int count, int w, int h, WarpPadding padding, bool alignCorners,
        int* idx, float* weights)
    {
        var ax = new Axis(w, padding, alignCorners);
        var ay = new Axis(h, padding, alignCorners);
        var width = Vector256.Create(w);
        for (var i = 0; i < count; i += 8)
        {
            var (x0, x1, wx0, wx1) = ax.Taps(Vector256.Load(xs + i));
            var (y0, y1, wy0, wy1) = ay.Taps(Vector256.Load(ys + i));
            var row0 = y0 * width;
            var row1 = y1 * width;
            (row0 + x0).Store(idx + i);
            (row0 + x1).Store(idx + Chunk + i);
            (row1 + x0).Store(idx + 2 * Chunk + i);
            (row1 + x1).Store(idx + 3 * Chunk + i);
            (wy0 * wx0).Store(weights + i);
            (wy0 * wx1).Store(weights + Chunk + i);
            (wy1 * wx0).Store(weights + 2 * Chunk + i);
            (wy1 * wx1).Store(weights + 3 * Chunk + i);
        }
    }

    /// <summary>Blends <paramref name="count"/> output pixels of one channel plane.</summary>
    public static void Blend(float* plane, int* idx, float* weights, int count, float* output)
    {
        var i = 0;
        if (Avx2.IsSupported)
        {
            for (; i <= count - 8; i += 8)
            {
                var acc = Vector256.Load(weights + i) * Avx2.GatherVector256(plane, Vector256.Load(idx + i), 4);
                acc = Vector256.FusedMultiplyAdd(Vector256.Load(weights + Chunk + i), Avx2.GatherVector256(plane, Vector256.Load(idx + Chunk + i), 4), acc);
                acc = Vector256.FusedMultiplyAdd(Vector256.Load(weights + 2 * Chunk + i), Avx2.GatherVector256(plane, Vector256.Load(idx + 2 * Chunk + i), 4), acc);
                acc = Vector256.FusedMultiplyAdd(Vector256.Load(weights + 3 * Chunk + i), Avx2.GatherVector256(plane, Vector256.Load(idx + 3 * Chunk + i), 4), acc);
                acc.Store(output + i);
            }
        }
        for (; i < count; i++)
        {
            var v = weights[i] * plane[idx[i]];
            v = MathF.FusedMultiplyAdd(weights[Chunk + i], plane[idx[Chunk + i]], v);
            v = MathF.FusedMultiplyAdd(weights[2 * Chunk + i], plane[idx[2 * Chunk + i]], v);
            output[i] = MathF.FusedMultiplyAdd(weights[3 * Chunk + i], plane[idx[3 * Chunk + i]], v);
        }
    }

    /// <summary>One axis of the plane: its size and how it pads.</summary>
    private readonly struct Axis
    {
        private readonly Vector256<int> _last;
        private readonly Vector256<float> _lastF, _lo, _range, _period, _zerosLo, _zerosHi;
        private readonly WarpPadding _padding;
        private readonly bool _reflect;

        public Axis(int size, WarpPadding padding, bool alignCorners)
        {
            _padding = padding;
            _last = Vector256.Create(size - 1);
            _lastF = Vector256.Create((float)(size - 1));
            var lo = alignCorners ? 0f : -0.5f;
            var range = alignCorners ? size - 1f : size;
            _lo = Vector256.Create(lo);
            _range = Vector256.Create(range);
            _period = Vector256.Create(2f * range);
            // With a zero range (one pixel, align corners) every reflected point is that pixel; the clamp does it.
            _reflect = padding == WarpPadding.Reflection && range > 0f;
            // Beyond [-2, size + 1] every tap is outside anyway; bounding x keeps floor → int exact.
            _zerosLo = Vector256.Create(-2f);
            _zerosHi = Vector256.Create(size + 1f);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public (Vector256<int> I0, Vector256<int> I1, Vector256<float> W0, Vector256<float> W1) Taps(Vector256<float> x)
        {
            if (_reflect)
            {
                // Mirror into [lo, lo + range]: fold |x − lo| modulo the period 2·range.
                var t = Vector256.Abs(x - _lo);
                t -= Vector256.Floor(t / _period) * _period;
                t = Vector256.ConditionalSelect(Vector256.GreaterThan(t, _range), _period - t, t);
                x = _lo + t;
            }
            x = _padding == WarpPadding.Zeros
                ? Vector256.Min(Vector256.Max(x, _zerosLo), _zerosHi)
                : Vector256.Min(Vector256.Max(x, Vector256<float>.Zero), _lastF);
            var floor = Vector256.Floor(x);
            var i0 = Vector256.ConvertToInt32(floor);
            var w1 = x - floor;
            var w0 = Vector256<float>.One - w1;
            var i1 = i0 + Vector256<int>.One;
            // A tap outside [0, size − 1] contributes 0 (only reachable with Zeros padding).
            var in0 = Vector256.GreaterThanOrEqual(i0, Vector256<int>.Zero) & Vector256.LessThanOrEqual(i0, _last);
            var in1 = Vector256.GreaterThanOrEqual(i1, Vector256<int>.Zero) & Vector256.LessThanOrEqual(i1, _last);
            w0 &= in0.AsSingle();
            w1 &= in1.AsSingle();
            i0 = Vector256.Min(Vector256.Max(i0, Vector256<int>.Zero), _last);
            i1 = Vector256.Min(Vector256.Max(i1, Vector256<int>.Zero), _last);
            return (i0, i1, w0, w1);
        }
    }
}
