using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// Gradients of y = convTranspose2d(x, W) + b. A transposed convolution is the adjoint (data
/// gradient) of the plain convolution whose input is y's shape and whose output is x's shape, with
/// the same IOHW weight read as OIHW (O = the transposed conv's input channels). So:
/// <list type="bullet">
/// <item>dX = conv2d(dY, W) — a forward convolution;</item>
/// <item>dW = the plain convolution's weight gradient with "input" dY and "output gradient" x;</item>
/// <item>db[o] = Σ dY[n, o, ·].</item>
/// </list>
/// Output padding only appends rows the adjoint convolution never reads, so it needs no special
/// case as long as it is smaller than the stride.
/// </summary>
public static class ConvTranspose2dBackward
{
    /// <summary>The plain convolution whose data gradient the transposed convolution <paramref name="t"/> is.</summary>
    public static ConvGeometry Adjoint(ConvTransposeGeometry t)
    {
        if (t.OutputPadH >= t.StrideH || t.OutputPadW >= t.StrideW)
            throw new ArgumentException($"transposed conv backward needs output padding ({t.OutputPadH}, {t.OutputPadW}) smaller than the stride ({t.StrideH}, {t.StrideW})");
        return new ConvGeometry(t.Batch, t.OutChannels, t.OutHeight, t.OutWidth, t.InChannels, t.KernelH, t.KernelW,
            t.StrideH, t.StrideW, t.PadTop, t.PadLeft, t.PadBottom, t.PadRight, t.DilationH, t.DilationW);
    }

    /// <summary>dX += conv2d(dY, W).</summary>
    public static void Data(ReadOnlySpan<float> outputGrad, ReadOnlySpan<float> weight, Span<float> inputGrad, ConvTransposeGeometry t, int threads)
    {
        var g = Adjoint(t);
        var dx = new float[g.OutputLength];
        Conv2dKernel.Run(outputGrad, weight, default, dx, g, default, threads);
        System.Numerics.Tensors.TensorPrimitives.Add(inputGrad[..dx.Length], dx, inputGrad[..dx.Length]);
    }

    /// <summary>dW += the adjoint convolution's weight gradient; db += Σ dY per output channel.</summary>
    public static void Weight(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGrad, Span<float> weightGrad, Span<float> biasGrad,
        ConvTransposeGeometry t, int threads)
    {
        var g = Adjoint(t);
        Conv2dBackward.Weight(outputGrad, input, weightGrad, default, g, threads);
        if (biasGrad.IsEmpty) return;
        var plane = t.OutHeight * t.OutWidth;
        for (var n = 0; n < t.Batch; n++)
        for (var o = 0; o < t.OutChannels; o++)
            biasGrad[o] += System.Numerics.Tensors.TensorPrimitives.Sum(outputGrad.Slice((n * t.OutChannels + o) * plane, plane));
    }
}
