using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Resize;

/// <summary>
/// Resize backward for planes [start, end) (see <see cref="ResizeBackward"/>). Bilinear scatters
/// each output gradient onto its four taps; nearest has a single tap of weight 1 (the other three
/// weights are 0), so it adds d to that tap alone. A plane is owned by one thread and its outputs
/// are visited in row order, so every input gradient sums its terms in the same order on any
/// thread count.
/// </summary>
internal readonly unsafe struct ResizeGradientPlanes(
    float* dy, float* dx, int h, int w, int outH, int outW, ResizeAxis rows, ResizeAxis columns, bool nearest) : IChunkBody
{
    public void Run(int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            var outputGrad = dy + (long)p * outH * outW;
            var inputGrad = dx + (long)p * h * w;
            if (nearest) Nearest(outputGrad, inputGrad);
            else Bilinear(outputGrad, inputGrad);
        }
    }

    private void Nearest(float* outputGrad, float* inputGrad)
    {
        var first = columns.First;
        for (var oy = 0; oy < outH; oy++)
        {
            var row = inputGrad + rows.First[oy] * w;
            var source = outputGrad + oy * outW;
            for (var ox = 0; ox < outW; ox++) row[first[ox]] += source[ox];
        }
    }

    private void Bilinear(float* outputGrad, float* inputGrad)
    {
        int[] first = columns.First, second = columns.Second;
        var weight = columns.Weight;
        for (var oy = 0; oy < outH; oy++)
        {
            var top = inputGrad + rows.First[oy] * w;
            var bottom = inputGrad + rows.Second[oy] * w;
            var wr = rows.Weight[oy];
            var source = outputGrad + oy * outW;
            for (var ox = 0; ox < outW; ox++)
            {
                int c0 = first[ox], c1 = second[ox];
                var wc = weight[ox];
                var d = source[ox];
                top[c0] += (1 - wr) * (1 - wc) * d;
                top[c1] += (1 - wr) * wc * d;
                bottom[c0] += wr * (1 - wc) * d;
                bottom[c1] += wr * wc * d;
            }
        }
    }
}
