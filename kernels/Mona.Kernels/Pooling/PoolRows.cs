using System.Numerics.Tensors;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Pooling;

/// <summary>
/// Pools output rows [start, end) of all N·C planes; item r is plane r / outH, output row r mod outH.
/// For a fixed window tap (ky, kx) the output columns whose input ix = ox·s + kx − padLeft lies in
/// [0, W) form one interval, so each tap is a single reduction of an input row slice into the
/// output row (a SIMD TensorPrimitives call when the stride is 1, a strided loop otherwise) and the
/// padding never needs a branch. Averages divide by (valid rows)·(valid columns) of the window.
/// </summary>
internal readonly unsafe struct PoolRows(float* x, float* y, int h, int w, int outH, int outW, Pool2dOptions o, PoolKind kind)
    : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var r = start; r < end; r++)
        {
            var plane = r / outH;
            var oy = r - plane * outH;
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
        if (kind == PoolKind.Max)
            for (var i = 0; i < target.Length; i++) target[i] = MathF.Max(target[i], input[offset + i * s]);
        else
            for (var i = 0; i < target.Length; i++) target[i] += input[offset + i * s];
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

    private void Divide(Span<float> row, int rows)
    {
        for (var ox = 0; ox < row.Length; ox++)
        {
            var x0 = ox * o.StrideW - o.PadLeft;
            var columns = Math.Min(w, x0 + o.KernelW) - Math.Max(0, x0);
            row[ox] /= rows * columns;
        }
    }
}
