using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Pooling;

/// <summary>
/// Gradients of <see cref="PoolCpu"/>. Max pooling routes each output gradient to the window's
/// largest input (the first one on ties, as the forward scan keeps the first maximum); average
/// pooling spreads it evenly over the window's real (unpadded) inputs. Global pooling is the
/// window covering the whole plane. Planes are independent: threads split the N·C planes into
/// fixed chunks (<see cref="PoolGradientPlanes"/>, <see cref="GlobalPoolGradientPlanes"/>), so the
/// result does not depend on the thread count. All gradients accumulate (+=).
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
            var body = new PoolGradientPlanes(kind, px, pdy, pdx, h, w, outH, outW, options.KernelH, options.KernelW,
                options.StrideH, options.StrideW, options.PadTop, options.PadLeft);
            // Per plane: the input gradient read and written, the output gradient (and max's input) read.
            ParallelChunks.Run(body, planes, threads, 2L * h * w + outH * outW);
        }
    }

    /// <summary>Global pooling backward: <paramref name="outputGrad"/> holds one value per plane.</summary>
    public static void Global(PoolKind kind, ReadOnlySpan<float> x, int n, int c, int plane, ReadOnlySpan<float> outputGrad,
        Span<float> inputGrad, int threads = 1)
    {
        var planes = n * c;
        if (x.Length < planes * plane || inputGrad.Length < planes * plane || outputGrad.Length < planes)
            throw new ArgumentException($"global pool backward sizes do not match {n}×{c}×{plane}");
        fixed (float* px = x, pdy = outputGrad, pdx = inputGrad)
            ParallelChunks.Run(new GlobalPoolGradientPlanes(kind, px, pdy, pdx, plane), planes, threads, 2L * plane);
    }
}
