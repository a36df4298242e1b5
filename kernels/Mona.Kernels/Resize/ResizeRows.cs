using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Resize;

/// <summary>
/// Resizes output rows [start, end) of all planes; item r is plane r / outH, row r mod outH. Linear:
/// out = (1 − wy)·row₀ + wy·row₁ with rowₖ = (1 − wx)·in[yₖ, x₀] + wx·in[yₖ, x₁] from the per-axis tap
/// tables; nearest: out = in[y₀, x₀]. Tables are shared by all rows (read-only).
/// </summary>
internal readonly unsafe struct ResizeRows(
    float* x, float* y, int h, int w, int outH, int outW,
    int* rowFirst, int* rowSecond, float* rowWeight, int* colFirst, int* colSecond, float* colWeight, bool linear,
    bool doubledColumns)
    : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var r = start; r < end; r++)
        {
            var plane = r / outH;
            var oy = r - plane * outH;
            var source = x + (long)plane * h * w;
            var row0 = source + (long)rowFirst[oy] * w;
            var target = y + (long)r * outW;
            if (!linear)
            {
                // Nearest upsampling repeats rows: copy the row just written instead of gathering again.
                if (r > start && oy > 0 && rowFirst[oy] == rowFirst[oy - 1])
                    new ReadOnlySpan<float>(target - outW, outW).CopyTo(new Span<float>(target, outW));
                else
                    NearestRow(row0, target);
                continue;
            }
            var row1 = source + (long)rowSecond[oy] * w;
            var wy = rowWeight[oy];
            for (var ox = 0; ox < outW; ox++)
            {
                int x0 = colFirst[ox], x1 = colSecond[ox];
                var wx = colWeight[ox];
                var top = MathF.FusedMultiplyAdd(wx, row0[x1] - row0[x0], row0[x0]);
                var bottom = MathF.FusedMultiplyAdd(wx, row1[x1] - row1[x0], row1[x0]);
                target[ox] = MathF.FusedMultiplyAdd(wy, bottom - top, top);
            }
        }
    }

    /// <summary>
    /// One nearest row: out[ox] = in[colFirst[ox]]. When every input column is repeated exactly
    /// twice (2× upsampling, <c>doubledColumns</c>), eight inputs become sixteen outputs with two
    /// unpacks and two 128-bit swaps; the rest goes through the table.
    /// </summary>
    private void NearestRow(float* row, float* target)
    {
        var ox = 0;
        if (doubledColumns && Avx.IsSupported)
        {
            for (; ox + 16 <= outW; ox += 16)
            {
                var v = Vector256.Load(row + ox / 2);
                var low = Avx.UnpackLow(v, v);   // v0 v0 v1 v1 | v4 v4 v5 v5
                var high = Avx.UnpackHigh(v, v); // v2 v2 v3 v3 | v6 v6 v7 v7
                Avx.Permute2x128(low, high, 0x20).Store(target + ox);
                Avx.Permute2x128(low, high, 0x31).Store(target + ox + 8);
            }
        }
        for (; ox < outW; ox++) target[ox] = row[colFirst[ox]];
    }
}
