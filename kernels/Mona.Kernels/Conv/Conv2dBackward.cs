using System.Buffers;
using System.Runtime.CompilerServices;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// Gradients of y = conv2d(x, W) + b (any stride, padding, dilation, groups). Every output is
/// accumulated (+=): callers zero gradients once per step.
///
/// Two dedicated paths, each costing about one forward pass, cover most layers:
/// <list type="bullet">
/// <item>dX, stride 1, dilation 1, one group, ≥ 8 input channels: a forward convolution of dY with
/// the flipped, channel-swapped weights (<see cref="FlippedKernelDataGradient"/>);</item>
/// <item>dW, one group: dot products of dY rows with shifted input rows (<see cref="PixelDotWeightGradient"/>).</item>
/// </list>
/// The rest runs the general GEMM formulation. Per image n and group g, with
/// col = im2col(x_ng) (K×P, K = Cg·KH·KW, P = OH·OW), W_g (Og×K) and dY_ng (Og×P):
/// <list type="bullet">
/// <item>dX_ng += col2im(W_gᵀ · dY_ng) — one K×Og·Og×P GEMM, then a scatter-add;</item>
/// <item>dW_g += dY_ng · colᵀ — one Og×P·P×K GEMM accumulating over the batch;</item>
/// </list>
/// and always db[o] += Σ_p dY[n, o, p]. Threads: the GEMMs, the dW tiles, the copies and col2im
/// (by input channel) are split between threads so that each output element is computed by one
/// thread in a fixed order (bitwise repeatable); the dY transposes and db run on the caller.
/// </summary>
public static unsafe class Conv2dBackward
{
    /// <summary>dX += ∂L/∂x for NCHW <paramref name="outputGrad"/> and OIHW <paramref name="weight"/>.</summary>
    public static void Data(ReadOnlySpan<float> outputGrad, ReadOnlySpan<float> weight, Span<float> inputGrad, ConvGeometry g, int threads)
    {
        Check(g, inputGrad.Length, weight.Length, outputGrad.Length);
        if (FlippedKernelDataGradient.Supports(g)) FlippedKernelDataGradient.Run(outputGrad, weight, inputGrad, g, threads);
        else DataByColumns(outputGrad, weight, inputGrad, g, threads);
    }

    /// <summary>dX += col2im(Wᵀ·dY): any geometry (the reference for the stride-1 path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void DataByColumns(ReadOnlySpan<float> outputGrad, ReadOnlySpan<float> weight, Span<float> inputGrad, ConvGeometry g, int threads)
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
                fixed (float* columns = col)
                fixed (float* dx = inputGrad.Slice((n * g.InChannels + group * g.GroupInChannels) * inPlane, g.GroupInChannels * inPlane))
                {
                    // The scatter-add is split by input channel (disjoint planes) between the threads.
                    var chunks = threads <= 1 ? 1 : Math.Min(g.GroupInChannels, 4 * threads);
                    ChunkScheduler.Run(new Col2ImJob(columns, dx, g, chunks), chunks, threads);
                }
            }
        }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(col);
        }
    }

    /// <summary>dW += Σ_n dY_n·im2col(x_n)ᵀ, and db += Σ dY per channel when <paramref name="biasGrad"/> is not empty.</summary>
    public static void Weight(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGrad, Span<float> weightGrad, Span<float> biasGrad,
        ConvGeometry g, int threads)
    {
        Check(g, input.Length, weightGrad.Length, outputGrad.Length);
        if (!biasGrad.IsEmpty && biasGrad.Length != g.OutChannels)
            throw new ArgumentException($"bias gradient has {biasGrad.Length} values, expected {g.OutChannels}", nameof(biasGrad));
        if (PixelDotWeightGradient.Supports(g)) PixelDotWeightGradient.Run(input, outputGrad, weightGrad, g, threads);
        else WeightByColumns(input, outputGrad, weightGrad, g, threads);
        if (biasGrad.IsEmpty) return;
        var pixels = g.OutHeight * g.OutWidth;
        for (var n = 0; n < g.Batch; n++)
        for (var o = 0; o < g.OutChannels; o++)
            biasGrad[o] += System.Numerics.Tensors.TensorPrimitives.Sum(outputGrad.Slice((n * g.OutChannels + o) * pixels, pixels));
    }

    /// <summary>dW += Σ_n dY_n·im2col(x_n)ᵀ as one GEMM per group: any geometry (the reference for the stride-1 path).</summary>
    /// <remarks>
    /// One GEMM per group covers the whole batch: dW_g (Og×K) += dY (Og×S) · colᵀ (S×K) with
    /// S = N·P. colᵀ is the implicit <see cref="Im2ColTransposedSource"/> (gathered block by block,
    /// never stored); dY is gathered once as dYᵀ (S×Og) so that A packs with contiguous reads
    /// (strides (1, Og)).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WeightByColumns(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGrad, Span<float> weightGrad, ConvGeometry g,
        int threads)
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
    }

    /// <summary>Chunk i: col2im of input channels [Cg·i/chunks, Cg·(i+1)/chunks) of one image and group.</summary>
    private readonly struct Col2ImJob(float* col, float* image, ConvGeometry g, int chunks) : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void FreeScratch(nint scratch)
        {
        }

        public void Execute(int chunk, nint scratch)
        {
            var channels = g.GroupInChannels;
            var rows = channels * g.KernelH * g.KernelW;
            ColumnMatrix.Col2ImAdd(new ReadOnlySpan<float>(col, rows * g.OutHeight * g.OutWidth), g,
                new Span<float>(image, channels * g.Height * g.Width), channels * chunk / chunks, channels * (chunk + 1) / chunks);
        }
    }

    private static void Check(ConvGeometry g, long input, long weight, long output)
    {
        g.Validate();
        if (input < g.InputLength) throw new ArgumentException($"conv input (gradient) has {input} floats, geometry needs {g.InputLength}");
        if (weight < g.WeightLength) throw new ArgumentException($"conv weight (gradient) has {weight} floats, geometry needs {g.WeightLength}");
        if (output < g.OutputLength) throw new ArgumentException($"conv output gradient has {output} floats, geometry needs {g.OutputLength}");
    }
}
