using Mona.Kernels.Conv;
using Mona.Kernels.Gemm;
using Mona.Tensors.Ops;

namespace Mona.Tensors;

/// <summary>Convolutions: conv2d (any kernel, stride, padding, dilation, groups), transposed conv2d.</summary>
public sealed partial class ComputeContext
{
    /// <summary>
    /// y = act(conv2d(x, w) + b). <paramref name="input"/> is N×C×H×W, <paramref name="weight"/>
    /// O×(C/groups)×KH×KW, <paramref name="bias"/> O values (any shape) or null. The result, from
    /// <see cref="Allocator"/>, is N×O×OH×OW with OH = ⌊(H + padT + padB − dil·(KH − 1) − 1)/stride⌋ + 1.
    /// </summary>
    public Tensor Conv2d(Tensor input, Tensor weight, Tensor? bias, Conv2dOptions options, Activation activation = default)
    {
        var geometry = ConvGeometryOf(input.Shape, weight.Shape, options);
        var output = Allocator.Allocate(new TensorShape(geometry.Batch, geometry.OutChannels, geometry.OutHeight, geometry.OutWidth));
        try
        {
            Conv2dKernel.Run(input.Span, weight.Span, BiasOf(bias, geometry.OutChannels), output.Span, geometry, activation, Threads);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    /// <summary>Packs a convolution layer's weights once, for repeated <see cref="Conv2d(Tensor, PreparedConv2d, Activation)"/> calls.</summary>
    public PreparedConv2d PrepareConv2d(Tensor weight, Tensor? bias, Conv2dOptions options)
    {
        var w = weight.Shape;
        // Any image the kernel fits in will do: packing depends only on the weight shape.
        var probe = new TensorShape(1, w.C * options.Groups, options.DilationH * (w.H - 1) + 1, options.DilationW * (w.W - 1) + 1);
        var geometry = ConvGeometryOf(probe, w, options);
        var packed = new PackedConv2d(weight.Span, BiasOf(bias, w.N), geometry);
        return new PreparedConv2d(packed, w, options);
    }

    /// <summary>Same as <see cref="Conv2d(Tensor, Tensor, Tensor?, Conv2dOptions, Activation)"/> with pre-packed weights.</summary>
    public Tensor Conv2d(Tensor input, PreparedConv2d layer, Activation activation = default)
    {
        var geometry = ConvGeometryOf(input.Shape, layer.WeightShape, layer.Options);
        var output = Allocator.Allocate(new TensorShape(geometry.Batch, geometry.OutChannels, geometry.OutHeight, geometry.OutWidth));
        try
        {
            layer.Packed.Forward(input.Span, output.Span, geometry, activation, Threads);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    /// <summary>
    /// y = act(convTranspose2d(x, w) + b), groups = 1. <paramref name="input"/> is N×C×H×W,
    /// <paramref name="weight"/> C×O×KH×KW (ONNX/PyTorch layout), <paramref name="bias"/> O values or null.
    /// </summary>
    public Tensor ConvTranspose2d(Tensor input, Tensor weight, Tensor? bias, ConvTranspose2dOptions options, Activation activation = default)
    {
        var x = input.Shape;
        var w = weight.Shape;
        if (w.N != x.C)
            throw new ArgumentException($"transposed conv weight {w} expects {w.N} input channels, input {x} has {x.C}", nameof(weight));
        var geometry = new ConvTransposeGeometry(x.N, x.C, x.H, x.W, w.C, w.H, w.W,
            options.StrideH, options.StrideW, options.PadTop, options.PadLeft, options.PadBottom, options.PadRight,
            options.OutputPadH, options.OutputPadW, options.DilationH, options.DilationW);
        geometry.Validate();
        var output = Allocator.Allocate(new TensorShape(x.N, w.C, geometry.OutHeight, geometry.OutWidth));
        try
        {
            ConvTranspose2dKernel.Run(input.Span, weight.Span, BiasOf(bias, w.C), output.Span, geometry, activation, Threads);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private static ConvGeometry ConvGeometryOf(TensorShape x, TensorShape w, Conv2dOptions options)
    {
        if (w.C * options.Groups != x.C)
            throw new ArgumentException(
                $"conv weight {w} with {options.Groups} groups expects {w.C * options.Groups} input channels, input {x} has {x.C}");
        var geometry = new ConvGeometry(x.N, x.C, x.H, x.W, w.N, w.H, w.W,
            options.StrideH, options.StrideW, options.PadTop, options.PadLeft, options.PadBottom, options.PadRight,
            options.DilationH, options.DilationW, options.Groups);
        geometry.Validate();
        return geometry;
    }

    private static ReadOnlySpan<float> BiasOf(Tensor? bias, int channels)
    {
        if (bias is null) return default;
        if (bias.Length != channels)
            throw new ArgumentException($"bias {bias.Shape} has {bias.Length} values, expected {channels}", nameof(bias));
        return bias.Span;
    }
}
