using Mona.Kernels.Gemm;
using Mona.Kernels.Tests.Gemm;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;
using Mona.Tensors;
using Mona.Tensors.Ops;

namespace Mona.Kernels.Tests.Conv;

/// <summary>
/// ComputeContext.ConvTranspose2d against ONNX Runtime's ConvTranspose: stride 2 and 3, kernels
/// 2–5, symmetric and asymmetric padding, output padding, dilation, 1×1 inputs, batch 2.
/// Tolerance: each output sums at most C·⌈KH/s⌉·⌈KW/s⌉ products, bounded here by K = C·KH·KW:
/// |Δ| ≤ 1e-5·√K + 1e-4·|ref|.
/// </summary>
public sealed class ConvTranspose2dOracleTests
{
    public static IEnumerable<object[]> Cases() =>
    [
        // N, C, H, W, O, KH, KW, strides, pads (t, l, b, r), output padding, dilation
        [1, 8, 5, 7, 6, 4, 4, new[] { 2, 2 }, new[] { 1, 1, 1, 1 }, new[] { 0, 0 }, 1],
        [2, 5, 4, 4, 3, 3, 3, new[] { 2, 2 }, new[] { 1, 1, 1, 1 }, new[] { 1, 1 }, 1],
        [1, 3, 3, 3, 4, 2, 2, new[] { 2, 2 }, new[] { 0, 0, 0, 0 }, new[] { 0, 0 }, 1],
        [1, 4, 6, 5, 5, 3, 3, new[] { 2, 2 }, new[] { 0, 1, 1, 2 }, new[] { 0, 1 }, 1],
        [1, 17, 7, 5, 9, 3, 3, new[] { 1, 1 }, new[] { 2, 2, 2, 2 }, new[] { 0, 0 }, 2],
        [1, 6, 5, 6, 7, 5, 3, new[] { 3, 2 }, new[] { 2, 1, 1, 0 }, new[] { 2, 1 }, 1],
        [2, 9, 1, 1, 5, 4, 4, new[] { 2, 2 }, new[] { 1, 1, 1, 1 }, new[] { 0, 0 }, 1],
        [1, 40, 20, 18, 24, 4, 4, new[] { 2, 2 }, new[] { 1, 1, 1, 1 }, new[] { 0, 0 }, 1],
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ConvTranspose2d_AgainstOnnxConvTranspose_Matches(int n, int c, int h, int w, int o, int kh, int kw,
        int[] strides, int[] pads, int[] outputPad, int dilation)
    {
        var x = TestData.Uniform(n * c * h * w, seed: 31);
        var weight = TestData.Uniform(c * o * kh * kw, seed: 32);
        var bias = TestData.Uniform(o, seed: 33);
        var graph = new OnnxGraph()
            .Input("x", n, c, h, w)
            .Constant("w", weight, c, o, kh, kw)
            .Constant("b", bias, o)
            .Node("ConvTranspose", ["x", "w", "b"], ["y"], ("kernel_shape", new long[] { kh, kw }), ("strides", strides),
                ("pads", pads), ("output_padding", outputPad), ("dilations", new[] { dilation, dilation }))
            .Output("y");
        using var oracle = new OnnxOracle(graph);
        var expected = oracle.Run(("x", x, [n, c, h, w]));

        var options = new ConvTranspose2dOptions(strides[0], strides[1], pads[0], pads[1], pads[2], pads[3],
            outputPad[0], outputPad[1], dilation, dilation);
        var context = new ComputeContext(threads: 2);
        using var input = Tensor.FromArray(new TensorShape(n, c, h, w), x);
        using var weights = Tensor.FromArray(new TensorShape(c, o, kh, kw), weight);
        using var biases = Tensor.FromArray(new TensorShape(1, o, 1, 1), bias);
        using var y = context.ConvTranspose2d(input, weights, biases, options);

        Assert.Equal(expected.Length, y.Length);
        Close.Assert(expected, y.Span, SgemmTests.Tolerance(c * kh * kw), 1e-4f, $"{n}×{c}×{h}×{w}→{o} k{kh}×{kw}");
    }

    [Fact]
    public void ConvTranspose2d_WithRelu_ClampsWhatOnnxProduces()
    {
        const int c = 6, o = 4;
        var x = TestData.Uniform(c * 5 * 5, seed: 34);
        var weight = TestData.Uniform(c * o * 16, seed: 35);
        var graph = new OnnxGraph().Input("x", 1, c, 5, 5).Constant("w", weight, c, o, 4, 4)
            .Node("ConvTranspose", ["x", "w"], ["z"], ("kernel_shape", new long[] { 4, 4 }), ("strides", new long[] { 2, 2 }),
                ("pads", new long[] { 1, 1, 1, 1 }))
            .Node("Relu", ["z"], ["y"]).Output("y");
        using var oracle = new OnnxOracle(graph);
        var expected = oracle.Run(("x", x, [1, c, 5, 5]));

        var context = new ComputeContext(threads: 2);
        using var input = Tensor.FromArray(new TensorShape(1, c, 5, 5), x);
        using var weights = Tensor.FromArray(new TensorShape(c, o, 4, 4), weight);
        using var y = context.ConvTranspose2d(input, weights, null, ConvTranspose2dOptions.Square(stride: 2, pad: 1), Activation.Relu);
        Assert.Equal(new TensorShape(1, o, 10, 10), y.Shape);
        Close.Assert(expected, y.Span, SgemmTests.Tolerance(c * 16), 1e-4f);
    }
}
