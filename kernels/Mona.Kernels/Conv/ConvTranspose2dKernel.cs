using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// Transposed convolution as GEMM + col2im. With R = OutChannels·KH·KW rows indexed
/// r = (co·KH + ky)·KW + kx, the column matrix of a block of input pixels is
/// col[r, p] = Σ_ci w[ci, r] · x[ci, p] (A = wᵀ, read from IOHW through strides, packed once per
/// call), and each column entry is scattered to
/// y[co, iy·sh − padT + ky·dh, ix·sw − padL + kx·dw] += col[r, p] when that lands inside y.
///
/// Memory: the input rows are processed in chunks so that col stays near 8 MB whatever the
/// image size. Threads: the GEMM splits the chunk's pixels; col2im splits the output channels
/// (each channel's rows of col scatter only into that channel, so no two threads write the same
/// element). Bias initialises y; the activation is a final pass.
/// </summary>
public static unsafe class ConvTranspose2dKernel
{
    private const long ColumnBudget = 2L << 20;

    /// <summary>y = act(convTranspose(x, w) + b) for NCHW input, IOHW weight and an empty or OutChannels-long bias.</summary>
    public static void Run(ReadOnlySpan<float> input, ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, Span<float> output,
        ConvTransposeGeometry geometry, Activation activation, int threads, GemmPath path = GemmPath.Auto)
    {
        geometry.Validate();
        if (input.Length < geometry.InputLength || weight.Length != geometry.WeightLength || output.Length < geometry.OutputLength)
            throw new ArgumentException($"transposed conv buffers: input {input.Length}/{geometry.InputLength}, " +
                                        $"weight {weight.Length}/{geometry.WeightLength}, output {output.Length}/{geometry.OutputLength}");
        if (!bias.IsEmpty && bias.Length != geometry.OutChannels)
            throw new ArgumentException($"transposed conv bias has {bias.Length} floats, expected {geometry.OutChannels}", nameof(bias));
        var rows = geometry.OutChannels * geometry.KernelH * geometry.KernelW;
        using var packed = PackedMatrixA.Pack(weight, rows, geometry.InChannels, 1, rows, path);
        var chunkRows = (int)Math.Clamp(ColumnBudget / ((long)rows * geometry.Width), 1, geometry.Height);
        var column = (float*)NativeMemory.AlignedAlloc((nuint)((long)rows * chunkRows * geometry.Width * sizeof(float)), 64);
        try
        {
            fixed (float* x = input)
            fixed (float* y = output)
            {
                for (var n = 0; n < geometry.Batch; n++)
                {
                    var image = x + (long)n * geometry.InChannels * geometry.Height * geometry.Width;
                    var result = y + (long)n * geometry.OutChannels * geometry.OutHeight * geometry.OutWidth;
                    Image(packed, image, result, column, chunkRows, bias, geometry, threads);
                }
            }
            if (activation.Kind != ActivationKind.None)
            {
                var values = output[..(int)geometry.OutputLength];
                for (var i = 0; i < values.Length; i++) values[i] = activation.Apply(values[i]);
            }
        }
        finally
        {
            NativeMemory.AlignedFree(column);
        }
    }

    private static void Image(PackedMatrixA packed, float* image, float* result, float* column, int chunkRows,
        ReadOnlySpan<float> bias, ConvTransposeGeometry g, int threads)
    {
        var outPlane = g.OutHeight * g.OutWidth;
        for (var co = 0; co < g.OutChannels; co++)
            new Span<float>(result + (long)co * outPlane, outPlane).Fill(bias.IsEmpty ? 0f : bias[co]);
        var pixels = g.Height * g.Width;
        for (var y0 = 0; y0 < g.Height; y0 += chunkRows)
        {
            var count = Math.Min(chunkRows, g.Height - y0);
            var columns = count * g.Width;
            GemmDriver.Run(packed, new DenseSource(image + (long)y0 * g.Width, pixels, 1), column, columns, columns,
                false, default, threads);
            var chunks = Math.Min(g.OutChannels, 4 * Math.Max(1, threads));
            ChunkScheduler.Run(new Col2Im(column, result, g, y0, count, chunks), chunks, threads);
        }
    }

    /// <summary>Scatters a chunk of the column matrix (input rows [y0, y0 + count)) into y.</summary>
    private readonly struct Col2Im(float* column, float* result, ConvTransposeGeometry g, int y0, int count, int chunks) : IChunkJob
    {
        public nint CreateScratch() => 0;

        public void FreeScratch(nint scratch)
        {
        }

        public void Execute(int chunk, nint scratch) =>
            Channels(g.OutChannels * chunk / chunks, g.OutChannels * (chunk + 1) / chunks);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Channels(int first, int end)
        {
            var columns = count * g.Width;
            for (var co = first; co < end; co++)
            {
                var plane = result + (long)co * g.OutHeight * g.OutWidth;
                for (var ky = 0; ky < g.KernelH; ky++)
                {
                    for (var kx = 0; kx < g.KernelW; kx++)
                    {
                        var source = column + (long)((co * g.KernelH + ky) * g.KernelW + kx) * columns;
                        // ix range whose ox = ix·sw − padL + kx·dw lies in [0, OW).
                        var shift = kx * g.DilationW - g.PadLeft;
                        var ixFirst = shift >= 0 ? 0 : (-shift + g.StrideW - 1) / g.StrideW;
                        var ixLast = Math.Min(g.Width - 1, (g.OutWidth - 1 - shift) / g.StrideW);
                        if (g.OutWidth - 1 - shift < 0 || ixLast < ixFirst) continue;
                        for (var local = 0; local < count; local++)
                        {
                            var oy = (y0 + local) * g.StrideH - g.PadTop + ky * g.DilationH;
                            if ((uint)oy >= (uint)g.OutHeight) continue;
                            var from = source + (long)local * g.Width;
                            var to = plane + (long)oy * g.OutWidth + shift;
                            Scatter(from, to, ixFirst, ixLast, g.StrideW);
                        }
                    }
                }
            }
        }

        private static void Scatter(float* from, float* to, int first, int last, int stride)
        {
            if (stride == 1)
            {
                var target = new Span<float>(to + first, last - first + 1);
                TensorPrimitives.Add(target, new ReadOnlySpan<float>(from + first, last - first + 1), target);
                return;
            }
            for (var ix = first; ix <= last; ix++) to[ix * stride] += from[ix];
        }
    }
}
