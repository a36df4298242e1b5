using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// Depthwise convolution (groups = in = out channels): each NCHW plane p = n·C + c is convolved
/// with its own KH×KW kernel w[c], y[p, oy, ox] = act(b[c] + Σ w[c, ky, kx] ·
/// x[p, oy·sh − padT + ky·dh, ox·sw − padL + kx·dw]). A GEMM would waste its tiles on K = KH·KW,
/// so this kernel works directly on rows.
///
/// Layout: each plane is first copied into a thread-private zero-bordered buffer (Hp×Wp, plus
/// slack), so the inner loop has no bounds checks. Stride-1 rows are computed 8 outputs at a time
/// with Vector256 FMAs (on Zen 4 two 256-bit loads per cycle feed it as well as one 512-bit
/// load), the 9 weights of a 3×3 kernel held in registers; strided convolutions use a scalar loop.
/// Threads: planes are cut into 4 chunks per thread, claimed dynamically through
/// <see cref="ChunkScheduler"/>, each thread with its own padded buffer.
/// </summary>
public static unsafe class DepthwiseConv2d
{
    private const int Lanes = 8;

    /// <summary>Work chunks per thread: a pre-empted thread's share is picked up by the others.</summary>
    private const int ChunksPerThread = 4;

    /// <summary>
    /// Runs the depthwise convolution described by <paramref name="geometry"/> (which must be
    /// depthwise); weight is C×1×KH×KW, bias empty or C long.
    /// </summary>
    public static void Run(ReadOnlySpan<float> input, ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, Span<float> output,
        ConvGeometry geometry, Activation activation, int threads)
    {
        geometry.Validate();
        if (!geometry.IsDepthwise) throw new ArgumentException("geometry is not depthwise (groups = in = out channels)", nameof(geometry));
        if (input.Length < geometry.InputLength || weight.Length < geometry.WeightLength || output.Length < geometry.OutputLength)
            throw new ArgumentException($"depthwise conv buffers too small: input {input.Length}/{geometry.InputLength}, " +
                                        $"weight {weight.Length}/{geometry.WeightLength}, output {output.Length}/{geometry.OutputLength}");
        if (!bias.IsEmpty && bias.Length < geometry.OutChannels)
            throw new ArgumentException($"depthwise conv bias has {bias.Length} floats, expected {geometry.OutChannels}", nameof(bias));
        var planes = geometry.Batch * geometry.InChannels;
        var chunks = Math.Min(planes, ChunksPerThread * Math.Max(1, threads));
        fixed (float* x = input)
        fixed (float* w = weight)
        fixed (float* b = bias)
        fixed (float* y = output)
        {
            ChunkScheduler.Run(new Job(x, w, b, y, geometry, activation, planes, chunks), chunks, threads);
        }
    }

    private readonly struct Job(float* x, float* w, float* b, float* y, ConvGeometry g, Activation activation, int planes, int chunks)
        : IChunkJob
    {
        public nint CreateScratch() => (nint)AllocatePadded();

        public void FreeScratch(nint scratch) => NativeMemory.AlignedFree((void*)scratch);

        public void Execute(int chunk, nint scratch) =>
            Planes(planes * chunk / chunks, planes * (chunk + 1) / chunks, (float*)scratch);

        /// <summary>A zeroed buffer for one padded plane (Hp×Wp plus a vector of slack for the row-end overrun).</summary>
        private float* AllocatePadded()
        {
            var length = (long)(g.Height + g.PadTop + g.PadBottom) * (g.Width + g.PadLeft + g.PadRight) + 2 * Lanes;
            var padded = (float*)NativeMemory.AlignedAlloc((nuint)(length * sizeof(float)), 64);
            new Span<float>(padded, (int)length).Clear();
            return padded;
        }

        /// <summary>Planes [first, end); the padded buffer's borders stay zero, each plane overwrites the interior.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Planes(int first, int end, float* padded)
        {
            var paddedWidth = g.Width + g.PadLeft + g.PadRight;
            for (var p = first; p < end; p++)
            {
                var plane = x + (long)p * g.Height * g.Width;
                for (var iy = 0; iy < g.Height; iy++)
                    PanelCopy.Copy(plane + (long)iy * g.Width, padded + (long)(iy + g.PadTop) * paddedWidth + g.PadLeft, g.Width);
                var c = p % g.InChannels;
                var kernel = w + (long)c * g.KernelH * g.KernelW;
                var bias = b == null ? 0f : b[c];
                var result = y + (long)p * g.OutHeight * g.OutWidth;
                if (g.StrideW != 1) ScalarPlane(padded, paddedWidth, kernel, bias, result);
                else if (g.KernelH == 3 && g.KernelW == 3) VectorPlane3x3(padded, paddedWidth, kernel, bias, result);
                else VectorPlane(padded, paddedWidth, kernel, bias, result);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void VectorPlane3x3(float* padded, int paddedWidth, float* kernel, float bias, float* result)
        {
            int dh = g.DilationH * paddedWidth, dw = g.DilationW;
            Vector256<float> w0 = Vector256.Create(kernel[0]), w1 = Vector256.Create(kernel[1]), w2 = Vector256.Create(kernel[2]);
            Vector256<float> w3 = Vector256.Create(kernel[3]), w4 = Vector256.Create(kernel[4]), w5 = Vector256.Create(kernel[5]);
            Vector256<float> w6 = Vector256.Create(kernel[6]), w7 = Vector256.Create(kernel[7]), w8 = Vector256.Create(kernel[8]);
            var start = Vector256.Create(bias);
            for (var oy = 0; oy < g.OutHeight; oy++)
            {
                var row = padded + (long)oy * g.StrideH * paddedWidth;
                var target = result + (long)oy * g.OutWidth;
                for (var ox = 0; ox < g.OutWidth; ox += Lanes)
                {
                    var r0 = row + ox;
                    var r1 = r0 + dh;
                    var r2 = r1 + dh;
                    var acc = Vector256.FusedMultiplyAdd(Vector256.Load(r0), w0, start);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r0 + dw), w1, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r0 + 2 * dw), w2, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r1), w3, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r1 + dw), w4, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r1 + 2 * dw), w5, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r2), w6, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r2 + dw), w7, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.Load(r2 + 2 * dw), w8, acc);
                    Store(VectorActivation.Apply(acc, activation), target + ox, g.OutWidth - ox);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void VectorPlane(float* padded, int paddedWidth, float* kernel, float bias, float* result)
        {
            var start = Vector256.Create(bias);
            for (var oy = 0; oy < g.OutHeight; oy++)
            {
                var row = padded + (long)oy * g.StrideH * paddedWidth;
                var target = result + (long)oy * g.OutWidth;
                for (var ox = 0; ox < g.OutWidth; ox += Lanes)
                {
                    var acc = start;
                    for (var ky = 0; ky < g.KernelH; ky++)
                    {
                        var source = row + (long)ky * g.DilationH * paddedWidth + ox;
                        for (var kx = 0; kx < g.KernelW; kx++)
                            acc = Vector256.FusedMultiplyAdd(Vector256.Load(source + kx * g.DilationW), Vector256.Create(kernel[ky * g.KernelW + kx]), acc);
                    }
                    Store(VectorActivation.Apply(acc, activation), target + ox, g.OutWidth - ox);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ScalarPlane(float* padded, int paddedWidth, float* kernel, float bias, float* result)
        {
            for (var oy = 0; oy < g.OutHeight; oy++)
            {
                for (var ox = 0; ox < g.OutWidth; ox++)
                {
                    var sum = bias;
                    for (var ky = 0; ky < g.KernelH; ky++)
                    {
                        var source = padded + (long)(oy * g.StrideH + ky * g.DilationH) * paddedWidth + ox * g.StrideW;
                        for (var kx = 0; kx < g.KernelW; kx++) sum += kernel[ky * g.KernelW + kx] * source[kx * g.DilationW];
                    }
                    result[(long)oy * g.OutWidth + ox] = activation.Apply(sum);
                }
            }
        }

        /// <summary>Stores 8 lanes, or only the first <paramref name="remaining"/> at a row's end.</summary>
        private static void Store(Vector256<float> value, float* target, int remaining)
        {
            if (remaining >= Lanes)
            {
                value.Store(target);
                return;
            }
            for (var i = 0; i < remaining; i++) target[i] = value.GetElement(i);
        }
    }
}
