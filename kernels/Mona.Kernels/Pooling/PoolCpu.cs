using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Pooling;

/// <summary>
/// Max and average pooling on the CPU over NCHW planes (ONNX MaxPool, AveragePool with
/// count_include_pad 0, GlobalAveragePool, GlobalMaxPool). Threads split output rows (windowed
/// pooling) or planes (global pooling).
/// </summary>
public static unsafe class PoolCpu
{
    /// <param name="x">N·C·H·W inputs.</param>
    /// <param name="y">N·C·outH·outW outputs, sizes from <see cref="Pool2dOptions.OutputHeight"/> and <see cref="Pool2dOptions.OutputWidth"/>.</param>
    public static void Forward(PoolKind kind, ReadOnlySpan<float> x, int n, int c, int h, int w, Pool2dOptions options,
        Span<float> y, int threads)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(h, w);
        int outH = options.OutputHeight(h), outW = options.OutputWidth(w);
        var planes = checked(n * c);
        Require(x, checked(planes * h * w), "input", nameof(x));
        Require(y, checked(planes * outH * outW), "output", nameof(y));
        if (x.Overlaps(y)) throw new ArgumentException("pooling output must not overlap its input", nameof(y));
        if (planes == 0) return;
        var inverseColumns = InverseColumnCounts(w, outW, options);
        fixed (float* px = x, py = y, pc = inverseColumns)
        {
            var rows = new PoolRows(px, py, h, w, outH, outW, options, kind, pc);
            ParallelChunks.Run(rows, planes * outH, threads, (long)outW * options.KernelH * options.KernelW);
        }
    }

    /// <summary>One value per plane: y[n·C + c] = mean or max of the H·W plane.</summary>
    public static void Global(PoolKind kind, ReadOnlySpan<float> x, int n, int c, int plane, Span<float> y, int threads)
    {
        if (plane < 1) throw new ArgumentException("global pooling needs a non-empty plane", nameof(plane));
        var planes = checked(n * c);
        Require(x, checked(planes * plane), "input", nameof(x));
        Require(y, planes, "output", nameof(y));
        if (planes == 0) return;
        fixed (float* px = x, py = y)
            ParallelChunks.Run(new GlobalPoolPlanes(px, py, plane, kind), planes, threads, plane);
    }

    /// <summary>1 / (number of real input columns) of each output column's window.</summary>
    private static float[] InverseColumnCounts(int w, int outW, Pool2dOptions options)
    {
        var inverse = new float[outW];
        for (var ox = 0; ox < outW; ox++)
        {
            var x0 = ox * options.StrideW - options.PadLeft;
            inverse[ox] = 1f / (Math.Min(w, x0 + options.KernelW) - Math.Max(0, x0));
        }
        return inverse;
    }

    private static void Require(ReadOnlySpan<float> span, int length, string what, string name)
    {
        if (span.Length < length) throw new ArgumentException($"{what} has {span.Length} values, expected {length}", name);
    }
}
