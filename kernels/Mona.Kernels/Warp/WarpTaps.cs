using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Mona.Kernels.Warp;

/// <summary>
/// The two halves of bilinear sampling, split so that the coordinate work is done once per
/// output pixel and shared by all channels.
/// <para><see cref="Compute"/>: pixel coordinates (x, y) → for each pixel a top-row index t and a
/// bottom-row index b of a horizontal pixel pair, and four weights, so that
/// out = wTL·p[t] + wTR·p[t + 1] + wBL·p[b] + wBR·p[b + 1]. Eight pixels per Vector256 step.
/// Padding is applied to the coordinate first: Border clamps it to [0, size − 1]; Reflection
/// mirrors it into [lo, hi] (align corners: [0, size − 1], else [−0.5, size − 0.5]) and then
/// clamps, which is what ONNX GridSample does (its re-reflected corner indices land on the edge
/// pixel). Zeros keeps it and gives every tap outside the plane weight 0.</para>
/// <para>Pairs instead of four free taps: the left column x₀ = ⌊x⌋ is moved into [0, W − 2] and
/// the two column weights are moved with it (a tap that fell off the edge had weight 0 or is
/// the pair's other member), so each pair is one 8-byte load: four loads per pixel become two.
/// The blend assembles four pairs per Vector256 from scalar 8-byte loads; on Zen 4 that measured
/// about 1.3× faster than AVX2 qword gathers (and those 1.5× faster than dword gathers).
/// Every index is clamped into the plane, so even NaN or huge coordinates never read outside it.
/// A one-column plane has no pair; its right weight is ignored (<see cref="Blend"/> reads only p[t], p[b]).</para>
/// Buffer layout per chunk: top[Chunk], bottom[Chunk] indices; weights hold 2·Chunk interleaved
/// (wTL, wTR) pairs, then 2·Chunk interleaved (wBL, wBR) pairs.
/// </summary>
internal static unsafe class WarpTaps
{
    /// <summary>Pixels per chunk: the tap tables of one chunk (2 KB) stay in L1 across channels.</summary>
    public const int Chunk = 64;

    /// <summary>Fills the tap tables for <paramref name="count"/> pixels (coordinates are read up to
    /// count rounded up to 8; the caller zero-fills that tail).</summary>
    public static void Compute(float* xs, float* ys, int count, int w, int h, WarpPadding padding, bool alignCorners,
        int* idx, float* weights)
    {
        var ax = new Axis(w, padding, alignCorners);
        var ay = new Axis(h, padding, alignCorners);
        var width = Vector256.Create(w);
        var pairLast = Vector256.Create(Math.Max(w - 2, 0));
        var lastRow = Vector256.Create(h - 1);
        for (var i = 0; i < count; i += 8)
        {
            var (x0, _, wx0, wx1) = ax.Taps(Vector256.Load(xs + i));
            var (y0, y1, wy0, wy1) = ay.Taps(Vector256.Load(ys + i));
            // Move the pair into the plane: left column b ∈ [0, W − 2]; x0 is b − 1, b or b + 1 when any tap counts.
            var b = Vector256.Min(Vector256.Max(x0, Vector256<int>.Zero), pairLast);
            var same = Vector256.Equals(x0, b).AsSingle();
            var left = (same & wx0) + (Vector256.Equals(x0 + Vector256<int>.One, b).AsSingle() & wx1);
            var right = (Vector256.Equals(x0, b + Vector256<int>.One).AsSingle() & wx0) + (same & wx1);
            (Vector256.Min(Vector256.Max(y0, Vector256<int>.Zero), lastRow) * width + b).Store(idx + i);
            (y1 * width + b).Store(idx + Chunk + i);
            StoreInterleaved(wy0 * left, wy0 * right, weights + 2 * i);
            StoreInterleaved(wy1 * left, wy1 * right, weights + 2 * Chunk + 2 * i);
        }
    }

    /// <summary>Blends <paramref name="count"/> output pixels of one channel plane.</summary>
    /// <param name="singleColumn">The plane is one pixel wide: read no right-hand pair member.</param>
    public static void Blend(float* plane, int* idx, float* weights, int count, float* output, bool singleColumn)
    {
        var top = idx;
        var bottom = idx + Chunk;
        var wTop = weights;
        var wBottom = weights + 2 * Chunk;
        var i = 0;
        if (Avx2.IsSupported && !singleColumn)
        {
            for (; i <= count - 8; i += 8)
            {
                // Each half brings (p[t], p[t + 1]) of four pixels: lanes l0 r0 l1 r1 l2 r2 l3 r3.
                var lo = Pairs(plane, top + i) * Vector256.Load(wTop + 2 * i);
                var hi = Pairs(plane, top + i + 4) * Vector256.Load(wTop + 2 * i + 8);
                lo = Vector256.FusedMultiplyAdd(Pairs(plane, bottom + i), Vector256.Load(wBottom + 2 * i), lo);
                hi = Vector256.FusedMultiplyAdd(Pairs(plane, bottom + i + 4), Vector256.Load(wBottom + 2 * i + 8), hi);
                // Pairwise sums come out as pixels 0 1 4 5 | 2 3 6 7; swap the middle qwords back.
                var sums = Avx.HorizontalAdd(lo, hi);
                Avx2.Permute4x64(sums.AsDouble(), 0b11_01_10_00).AsSingle().Store(output + i);
            }
        }
        for (; i < count; i++)
        {
            var v = wTop[2 * i] * plane[top[i]];
            v = MathF.FusedMultiplyAdd(wBottom[2 * i], plane[bottom[i]], v);
            if (!singleColumn)
            {
                v = MathF.FusedMultiplyAdd(wTop[2 * i + 1], plane[top[i] + 1], v);
                v = MathF.FusedMultiplyAdd(wBottom[2 * i + 1], plane[bottom[i] + 1], v);
            }
            output[i] = v;
        }
    }

    /// <summary>(p[t₀], p[t₀ + 1], …, p[t₃], p[t₃ + 1]) by four 8-byte loads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Pairs(float* plane, int* t)
    {
        var low = Sse2.LoadHigh(Vector128.CreateScalarUnsafe(*(double*)(plane + t[0])), (double*)(plane + t[1]));
        var high = Sse2.LoadHigh(Vector128.CreateScalarUnsafe(*(double*)(plane + t[2])), (double*)(plane + t[3]));
        return Vector256.Create(low, high).AsSingle();
    }

    /// <summary>Writes a0 b0 a1 b1 … a7 b7 (16 floats).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreInterleaved(Vector256<float> a, Vector256<float> b, float* target)
    {
        if (Avx.IsSupported)
        {
            var low = Avx.UnpackLow(a, b);   // a0 b0 a1 b1 | a4 b4 a5 b5
            var high = Avx.UnpackHigh(a, b); // a2 b2 a3 b3 | a6 b6 a7 b7
            Avx.Permute2x128(low, high, 0x20).Store(target);
            Avx.Permute2x128(low, high, 0x31).Store(target + 8);
            return;
        }
        for (var k = 0; k < 8; k++)
        {
            target[2 * k] = a.GetElement(k);
            target[2 * k + 1] = b.GetElement(k);
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

        /// <summary>Taps ⌊x⌋ (unclamped, in [−2, size + 1]) and ⌊x⌋ + 1 (clamped), with weights zeroed outside.</summary>
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
            // Min/Max also map NaN to a bound (the x86 forms return the second operand), keeping the int conversion sane.
            x = _padding == WarpPadding.Zeros
                ? Vector256.MinNative(Vector256.MaxNative(x, _zerosLo), _zerosHi)
                : Vector256.MinNative(Vector256.MaxNative(x, Vector256<float>.Zero), _lastF);
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
            i1 = Vector256.Min(Vector256.Max(i1, Vector256<int>.Zero), _last);
            return (i0, i1, w0, w1);
        }
    }
}
