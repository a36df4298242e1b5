namespace Mona.Kernels.Pooling;

/// <summary>
/// Gradients of <see cref="PoolCpu"/>. Max pooling routes each output gradient to the window's
/// largest input (the first one on ties, as the forward scan keeps the first maximum); average
/// pooling spreads it evenly over the window's real (unpadded) inputs. Global pooling is the
/// window covering the whole plane. Planes are independent: threads split the N·C planes.
/// All gradients accumulate (+=).
/// </summary>
public static unsafe class PoolBackward
{
    /// <summary>Windowed pooling backward; <paramref name="x"/> is the forward input (max pooling re-finds its winners).</summary>
    public static void Run(PoolKind kind, ReadOnlySpan<float> x, int n, int c, int h, int w, Pool2dOptions options,
        ReadOnlySpan<float> outputGrad, Span<float> inputGrad, int threads)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(h, w);
        int outH = options.OutputHeight(h), outW = options.OutputWidth(w), planes = n * c;
        if (x.Length < planes * h * w || inputGrad.Length < planes * h * w || outputGrad.Length < planes * outH * outW)
            throw new ArgumentException($"pool backward sizes do not match {n}×{c}×{h}×{w} → {outH}×{outW}");
        fixed (float* px = x, pdy = outputGrad, pdx = inputGrad)
        {
            nint ax = (nint)px, ady = (nint)pdy, adx = (nint)pdx;
            Parallel.For(0, planes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, p =>
            {
                var plane = (float*)ax + (long)p * h * w;
                var grad = (float*)adx + (long)p * h * w;
                var dy = (float*)ady + (long)p * outH * outW;
                for (var oy = 0; oy < outH; oy++)
                for (var ox = 0; ox < outW; ox++)
                {
                    int y0 = Math.Max(0, oy * options.StrideH - options.PadTop), y1 = Math.Min(h, oy * options.StrideH - options.PadTop + options.KernelH);
                    int x0 = Math.Max(0, ox * options.StrideW - options.PadLeft), x1 = Math.Min(w, ox * options.StrideW - options.PadLeft + options.KernelW);
                    var d = dy[oy * outW + ox];
                    if (kind == PoolKind.Average)
                    {
                        var share = d / ((y1 - y0) * (x1 - x0));
                        for (var y = y0; y < y1; y++)
                        for (var xx = x0; xx < x1; xx++)
                            grad[y * w + xx] += share;
                        continue;
                    }
                    var best = y0 * w + x0;
                    for (var y = y0; y < y1; y++)
                    for (var xx = x0; xx < x1; xx++)
                        if (plane[y * w + xx] > plane[best]) best = y * w + xx;
                    grad[best] += d;
                }
            });
        }
    }

    /// <summary>Global pooling backward: <paramref name="outputGrad"/> holds one value per plane.</summary>
    public static void Global(PoolKind kind, ReadOnlySpan<float> x, int n, int c, int plane, ReadOnlySpan<float> outputGrad, Span<float> inputGrad)
    {
        for (var p = 0; p < n * c; p++)
        {
            var d = outputGrad[p];
            var source = x.Slice(p * plane, plane);
            var grad = inputGrad.Slice(p * plane, plane);
            if (kind == PoolKind.Average)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(grad, d / plane, grad);
                continue;
            }
            grad[System.Numerics.Tensors.TensorPrimitives.IndexOfMax(source)] += d;
        }
    }
}
