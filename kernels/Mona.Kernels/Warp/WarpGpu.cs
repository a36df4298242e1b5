using ILGPU;
using ILGPU.Runtime;

namespace Mona.Kernels.Warp;

/// <summary>
/// Launches <see cref="WarpKernel"/> on one accelerator; the three padding variants are compiled
/// on first use and kept. Get an instance from <see cref="Gpu.GpuKernels"/>.
/// </summary>
public sealed class WarpGpu
{
    private readonly Lazy<Action<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ZerosPadding, ArrayView<float>>> _zeros;
    private readonly Lazy<Action<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, BorderPadding, ArrayView<float>>> _border;
    private readonly Lazy<Action<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ReflectionPadding, ArrayView<float>>> _reflection;

    private readonly Lazy<Action<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ZerosPadding, ArrayView<float>>> _flowZeros;
    private readonly Lazy<Action<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, BorderPadding, ArrayView<float>>> _flowBorder;
    private readonly Lazy<Action<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ReflectionPadding, ArrayView<float>>> _flowReflection;

    internal WarpGpu(Accelerator accelerator)
    {
        _flowZeros = new(() => accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ZerosPadding, ArrayView<float>>(WarpKernel.ForwardFlow));
        _flowBorder = new(() => accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, BorderPadding, ArrayView<float>>(WarpKernel.ForwardFlow));
        _flowReflection = new(() => accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ReflectionPadding, ArrayView<float>>(WarpKernel.ForwardFlow));
        _zeros = new(() => accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ZerosPadding, ArrayView<float>>(WarpKernel.Forward));
        _border = new(() => accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, BorderPadding, ArrayView<float>>(WarpKernel.Forward));
        _reflection = new(() => accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, WarpGeometry, WarpAxis, WarpAxis, ReflectionPadding, ArrayView<float>>(WarpKernel.Forward));
    }

    /// <summary>
    /// Samples <paramref name="input"/> (N×C×H×W) at <paramref name="grid"/> (N×outH×outW×2, (x, y)
    /// in [-1, 1]) into <paramref name="output"/> (N×C×outH×outW). Queued on the default stream;
    /// the output must not overlap the input.
    /// </summary>
    public void Forward(ArrayView<float> input, int n, int c, int h, int w, ArrayView<float> grid, int outH, int outW, WarpOptions options, ArrayView<float> output)
    {
        ArgumentNullException.ThrowIfNull(options);
        var geometry = WarpGeometry.Create(input.Length, n, c, h, w, grid.Length, outH, outW, output.Length);
        var axisX = WarpAxis.Create(w, options.AlignCorners);
        var axisY = WarpAxis.Create(h, options.AlignCorners);
        var threads = n * outH * outW;
        switch (options.Padding)
        {
            case WarpPadding.Zeros: _zeros.Value(threads, input, grid, geometry, axisX, axisY, default, output); break;
            case WarpPadding.Border: _border.Value(threads, input, grid, geometry, axisX, axisY, default, output); break;
            case WarpPadding.Reflection: _reflection.Value(threads, input, grid, geometry, axisX, axisY, default, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(options), options.Padding, "unknown warp padding");
        }
    }

    /// <summary>
    /// Warps <paramref name="input"/> (N×C×H×W) by a pixel displacement field <paramref name="flow"/>
    /// (N×2×H×W: dx plane, dy plane) into <paramref name="output"/> (N×C×H×W): output(x, y) reads the
    /// input bilinearly at (x + dx, y + dy). Queued on the default stream; no overlap with the input.
    /// </summary>
    public void ForwardFlow(ArrayView<float> input, int n, int c, int h, int w, ArrayView<float> flow, WarpPadding padding, ArrayView<float> output)
    {
        var geometry = WarpGeometry.Create(input.Length, n, c, h, w, flow.Length, h, w, output.Length);
        var axisX = WarpAxis.Create(w, alignCorners: true);
        var axisY = WarpAxis.Create(h, alignCorners: true);
        var threads = n * h * w;
        switch (padding)
        {
            case WarpPadding.Zeros: _flowZeros.Value(threads, input, flow, geometry, axisX, axisY, default, output); break;
            case WarpPadding.Border: _flowBorder.Value(threads, input, flow, geometry, axisX, axisY, default, output); break;
            case WarpPadding.Reflection: _flowReflection.Value(threads, input, flow, geometry, axisX, axisY, default, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(padding), padding, "unknown warp padding");
        }
    }
}
