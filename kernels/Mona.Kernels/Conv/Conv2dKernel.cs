using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>One-shot 2-D convolution: packs the weights, then runs <see cref="PackedConv2d.Forward"/>.</summary>
public static class Conv2dKernel
{
    /// <summary>
    /// y = act(conv(x, w) + b) for NCHW <paramref name="input"/>, OIHW <paramref name="weight"/>
    /// and a (possibly empty) per-output-channel <paramref name="bias"/>.
    /// </summary>
    public static void Run(ReadOnlySpan<float> input, ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, Span<float> output,
        ConvGeometry geometry, Activation activation, int threads, GemmPath path = GemmPath.Auto)
    {
        using var packed = new PackedConv2d(weight, bias, geometry, path);
        packed.Forward(input, output, geometry, activation, threads);
    }
}
