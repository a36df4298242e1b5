using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Pooling;

/// <summary>
/// Pools output rows [start, end) of all N·C planes; item r is plane r / outH, output row r mod outH.
/// For a fixed window tap (ky, kx) the output columns whose input ix = ox·s + kx − padLeft lies in
/// [0, W) form one interval, so each tap is a single reduction of an input row slice into the
/// output row (a SIMD TensorPrimitives call when the stride is 1, an AVX2 even-lane shuffle when it is 2, a strided loop otherwise) and the
/// padding never needs a branch. Averages divide by (valid rows)·(valid columns) of the window; 1/(valid columns) per output
/// column comes precomputed (<c>inverseColumnCounts</c>, outW values, unused for max).
/// </summary>
internal readonly unsafe struct PoolRows(
    float* x, float* y, int h, int w, int outH, int outW, Pool2dOptions o, PoolKind kind, float* inverseColumnCounts)
    : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var r = start; r < end; r++)
        {
            var plane = r / outH;
            var oy = r - plane * outH;
            if (IsTwoByTwo)
            {
                TwoByTwo(x + ((long)plane * h + 2 * oy) * w, y + (long)r * outW);
                continue;
            }
            var row = new Span<float>(y + (long)r * outW, outW);
            row.Fill(kind == PoolKind.Max ? float.NegativeInfinity : 0f);
            var rows = 0;
            for (var ky = 0; ky < o.KernelH; ky++)
            {
                var iy = oy * o.StrideH + ky - o.PadTop;
                if ((uint)iy >= (uint)h) continue;
                rows++;
                var input = x + ((long)plane * h + iy) * w;
                for (var kx = 0; kx < o.KernelW; kx++) Accumulate(input, row, kx);
            }
            if (kind == PoolKind.Average) Divide(row, rows);
        }
    }

    /// <summary>The 2×2, stride 2, unpadded window (downsampling blocks): a fast path with no window logic.</summary>
    private bool IsTwoByTwo => o is { KernelH: 2, KernelW: 2, StrideH: 2, StrideW: 2, PadTop: 0, PadLeft: 0, PadBottom: 0, PadRight: 0 };

    /// <summary>
    /// One output row of a 2×2/2 pool from input rows top and top + W: combine the two rows,
    /// then split 16 values into their even and odd lanes (one lane permute per half and a 128-bit
    /// swap) and combine those: 8 outputs from 4 loads. Average scales by exactly 1/4.
    /// </summary>
    private void TwoByTwo(float* top, float* target)
    {
        var bottom = top + w;
        var max = kind == PoolKind.Max;
        var i = 0;
        if (Avx2.IsSupported)
        {
            var evenOdd = Vector256.Create(0, 2, 4, 6, 1, 3, 5, 7);
            var quarter = Vector256.Create(0.25f);
            for (; i + 8 <= outW; i += 8)
            {
                Vector256<float> t0 = Vector256.Load(top + 2 * i), t1 = Vector256.Load(top + 2 * i + 8);
                Vector256<float> b0 = Vector256.Load(bottom + 2 * i), b1 = Vector256.Load(bottom + 2 * i + 8);
                var a = Avx2.PermuteVar8x32(max ? Vector256.MaxNumber(t0, b0) : t0 + b0, evenOdd);
                var b = Avx2.PermuteVar8x32(max ? Vector256.MaxNumber(t1, b1) : t1 + b1, evenOdd);
                Vector256<float> evens = Avx.Permute2x128(a, b, 0x20), odds = Avx.Permute2x128(a, b, 0x31);
                (max ? Vector256.MaxNumber(evens, odds) : (evens + odds) * quarter).Store(target + i);
            }
        }
        for (; i < outW; i++)
        {
            float p = top[2 * i], q = top[2 * i + 1], u = bottom[2 * i], v = bottom[2 * i + 1];
            target[i] = max
                ? float.MaxNumber(float.MaxNumber(p, u), float.MaxNumber(q, v))
                : ((p + u) + (q + v)) * 0.25f;
        }
    }

    /// <summary>Reduces input columns ox·s + kx − padLeft into output columns [first, last].</summary>
    private void Accumulate(float* input, Span<float> row, int kx)
    {
        var (first, last) = ValidColumns(kx);
        if (last < first) return;
        var offset = first * o.StrideW + kx - o.PadLeft;
        var target = row[first..(last + 1)];
        if (o.StrideW == 1)
        {
            var source = new ReadOnlySpan<float>(input + offset, target.Length);
            if (kind == PoolKind.Max) TensorPrimitives.MaxNumber(target, source, target);
            else TensorPrimitives.Add(target, source, target);
            return;
        }
        var s = o.StrideW;
        var done = s == 2 ? AccumulateEvens(input + offset, target) : 0;
        if (kind == PoolKind.Max)
            for (var i = done; i < target.Length; i++) target[i] = float.MaxNumber(target[i], input[offset + i * s]);
        else
            for (var i = done; i < target.Length; i++) target[i] += input[offset + i * s];
    }

    /// <summary>
    /// Stride 2 (the common downsampling) with AVX2: 16 inputs → their 8 even-indexed members by
    /// one lane permute per half and a 128-bit swap, then one max or add. Returns how many
    /// outputs were done; the caller finishes the tail.
    /// </summary>
    private int AccumulateEvens(float* source, Span<float> target)
    {
        if (!Avx2.IsSupported) return 0;
        var evenOdd = Vector256.Create(0, 2, 4, 6, 1, 3, 5, 7);
        var i = 0;
        fixed (float* t = target)
        {
            // The last vector reads source[2i + 15]; stop where that would pass the last even tap.
            for (; i + 8 <= target.Length - 1; i += 8)
            {
                var a = Avx2.PermuteVar8x32(Vector256.Load(source + 2 * i), evenOdd);
                var b = Avx2.PermuteVar8x32(Vector256.Load(source + 2 * i + 8), evenOdd);
                var evens = Avx.Permute2x128(a, b, 0x20);
                var current = Vector256.Load(t + i);
                (kind == PoolKind.Max ? Vector256.MaxNumber(current, evens) : current + evens).Store(t + i);
            }
        }
        return i;
    }

    /// <summary>Output columns whose tap kx lands inside the input: 0 ≤ ox·s + kx − padLeft &lt; W.</summary>
    private (int First, int Last) ValidColumns(int kx)
    {
        var s = o.StrideW;
        var lo = o.PadLeft - kx; // need ox·s ≥ lo
        var first = lo <= 0 ? 0 : (lo + s - 1) / s;
        var last = Math.Min(outW - 1, (w - 1 + o.PadLeft - kx) / s);
        if (w - 1 + o.PadLeft - kx < 0) last = -1;
        return (first, last);
    }

    /// <summary>Mean = sum · (1/valid rows) · (1/valid columns), the latter precomputed per output column.</summary>
    private void Divide(Span<float> row, int rows)
    {
        var inverseColumns = new ReadOnlySpan<float>(inverseColumnCounts, row.Length);
        TensorPrimitives.Multiply(row, inverseColumns, row);
        TensorPrimitives.Multiply(row, 1f / rows, row);
    }
}
