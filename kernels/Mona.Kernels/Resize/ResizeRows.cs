using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Resize;

/// <summary>
/// Resizes output rows [start, end) of all planes; item r is plane r / outH, row r mod outH. Linear:
/// out = (1 − wy)·row₀ + wy·row₁ with rowₖ = (1 − wx)·in[yₖ, x₀] + wx·in[yₖ, x₁] from the per-axis tap
/// tables; nearest: out = in[y₀, x₀]. Tables are shared by all rows (read-only).
/// </summary>
internal readonly unsafe struct ResizeRows(
    float* x, float* y, int h, int w, int outH, int outW,
    int* rowFirst, int* rowSecond, float* rowWeight, int* colFirst, int* colSecond, float* colWeight, bool linear)
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
                for (var ox = 0; ox < outW; ox++) target[ox] = row0[colFirst[ox]];
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
}
