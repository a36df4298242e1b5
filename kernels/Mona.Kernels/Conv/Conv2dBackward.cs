using System.Buffers;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// Gradients of y = conv2d(x, W) + b (any stride, padding, dilation, groups), on the SGEMM.
/// Per image n and group g, with col = im2col(x_ng) (K×P, K = Cg·KH·KW, P = OH·OW), W_g (Og×K)
/// and dY_ng (Og×P):
/// <list type="bullet">
/// <item>dX_ng += col2im(W_gᵀ · dY_ng) — one K×Og·Og×P GEMM, then a scatter-add;</item>
/// <item>dW_g += dY_ng · colᵀ — one Og×P·P×K GEMM accumulating over the batch;</item>
/// <item>db[o] += Σ_p dY[n, o, p].</item>
/// </list>
/// Both GEMMs have the forward's flop count, so backward costs about twice the forward plus the
/// im2col/col2im copies. Every output is accumulated (+=): callers zero gradients once per step.
/// Threads: the GEMMs split their columns between threads; the copies run on the caller.
/// </summary>
public static unsafe class Conv2dBackward
{
    /// <summary>dX += col2im(Wᵀ·dY) for NCHW <paramref name="outputGrad"/> and OIHW <paramref name="weight"/>.</summary>
    public static void Data(ReadOnlySpan<float> outputGrad, ReadOnlySpan<float> weight, Span<float> inputGrad, ConvGeometry g, int threads)
    {
        Check(g, inputGrad.Length, weight.Length, outputGrad.Length);
        int groupOut = g.GroupOutChannels, depth = g.GroupInChannels * g.KernelH * g.KernelW;
        int pixels = g.OutHeight * g.OutWidth, inPlane = g.Height * g.Width;
        var col = ArrayPool<float>.Shared.Rent(depth * pixels);
        try
        {
        for (var group = 0; group < g.Groups; group++)
        {
            // A = W_gᵀ: element (k, o) of the K×Og matrix sits at w[o·K + k] → strides (1, K).
            var wt = PackedMatrixA.Pack(weight.Slice(group * groupOut * depth, groupOut * depth), depth, groupOut, 1, depth);
            for (var n = 0; n < g.Batch; n++)
            {
                var dy = outputGrad.Slice((n * g.OutChannels + group * groupOut) * pixels, groupOut * pixels);
                Sgemm.Multiply(wt, dy, pixels, pixels, 1, col, pixels, threads);
                var dx = inputGrad.Slice((n * g.InChannels + group * g.GroupInChannels) * inPlane, g.GroupInChannels * inPlane);
                ColumnMatrix.Col2ImAdd(col, g, dx);
            }
        }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(col);
        }
    }

    /// <summary>dW += Σ_n dY_n·im2col(x_n)ᵀ, and db += Σ dY per channel when <paramref name="biasGrad"/> is not empty.</summary>
    /// <remarks>
    /// One GEMM per group covers the whole batch: dW_g (Og×K) += dY (Og×S) · colᵀ (S×K) with
    /// S = N·P. colᵀ is the implicit <see cref="Im2ColTransposedSource"/> (gathered block by block,
    /// never stored); dY is gathered once as dYᵀ (S×Og) so that A packs with contiguous reads
    /// (strides (1, Og)).
    /// </remarks>
    public static void Weight(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGrad, Span<float> weightGrad, Span<float> biasGrad,
        ConvGeometry g, int threads)
    {
        Check(g, input.Length, weightGrad.Length, outputGrad.Length);
        int groupOut = g.GroupOutChannels, depth = g.GroupInChannels * g.KernelH * g.KernelW;
        int pixels = g.OutHeight * g.OutWidth, span = g.Batch * pixels;
        var dyT = ArrayPool<float>.Shared.Rent(groupOut * span);
        try
        {
            for (var group = 0; group < g.Groups; group++)
            {
                // dYᵀ row n·P + q holds the Og channel values of pixel q of image n.
                for (var n = 0; n < g.Batch; n++)
                for (var o = 0; o < groupOut; o++)
                {
                    var channel = outputGrad.Slice((n * g.OutChannels + group * groupOut + o) * pixels, pixels);
                    var target = dyT.AsSpan(n * pixels * groupOut + o);
                    for (var q = 0; q < pixels; q++) target[q * groupOut] = channel[q];
                }
                var a = PackedMatrixA.Pack(dyT, groupOut, span, 1, groupOut);
                fixed (float* x = input)
                fixed (float* dw = weightGrad.Slice(group * groupOut * depth, groupOut * depth))
                    GemmDriver.Run(a, new Im2ColTransposedSource(x, g, group), dw, depth, depth, true, default, threads);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(dyT);
        }
        if (biasGrad.IsEmpty) return;
        if (biasGrad.Length != g.OutChannels) throw new ArgumentException($"bias gradient has {biasGrad.Length} values, expected {g.OutChannels}", nameof(biasGrad));
        for (var n = 0; n < g.Batch; n++)
        for (var o = 0; o < g.OutChannels; o++)
            biasGrad[o] += System.Numerics.Tensors.TensorPrimitives.Sum(outputGrad.Slice((n * g.OutChannels + o) * pixels, pixels));
    }

    private static void Check(ConvGeometry g, long input, long weight, long output)
    {
        g.Validate();
        if (input < g.InputLength) throw new ArgumentException($"conv input (gradient) has {input} floats, geometry needs {g.InputLength}");
        if (weight < g.WeightLength) throw new ArgumentException($"conv weight (gradient) has {weight} floats, geometry needs {g.WeightLength}");
        if (output < g.OutputLength) throw new ArgumentException($"conv output gradient has {output} floats, geometry needs {g.OutputLength}");
    }
}
