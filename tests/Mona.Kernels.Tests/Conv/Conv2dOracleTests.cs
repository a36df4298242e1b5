using Mona.Kernels.Conv;
using Mona.Kernels.Gemm;
using Mona.Kernels.Tests.Gemm;
using Mona.Kernels.Tests.Support;
using Mona.Tensors;
using Mona.Tensors.Ops;

namespace Mona.Kernels.Tests.Conv;

/// <summary>
/// ComputeContext.Conv2d against ONNX Runtime's Conv on seeded data: odd image sizes (1×1, 7×5),
/// channel counts that are not multiples of the vector width (3, 5, 17), strides, dilation,
/// asymmetric padding, groups, depthwise, batches of 2, and reductions longer than one K block.
/// Tolerance: both sides sum K = C/G·KH·KW fp32 products of values in [−1, 1] in different
/// orders (MLAS blocks differently), so |Δ| ≤ 1e-5·√K + 1e-4·|ref|.
/// </summary>
public sealed class Conv2dOracleTests
{
    public static TheoryData<ConvCase> Cases() =>
    [
        new(1, 3, 7, 5, 4, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        new(2, 5, 9, 11, 17, 3, 3, StrideH: 2, StrideW: 2, PadTop: 1, PadLeft: 0, PadBottom: 2, PadRight: 1),
        new(1, 17, 13, 12, 16, 3, 3, PadTop: 2, PadLeft: 2, PadBottom: 2, PadRight: 2, DilationH: 2, DilationW: 2),
        new(1, 8, 10, 10, 12, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Groups: 2),
        new(1, 6, 8, 8, 9, 3, 3, StrideW: 2, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Groups: 3, Bias: false),
        new(2, 16, 9, 13, 16, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Groups: 16),
        new(1, 24, 11, 10, 24, 3, 3, StrideH: 2, StrideW: 2, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Groups: 24),
        new(1, 8, 12, 12, 8, 5, 5, PadTop: 4, PadLeft: 4, PadBottom: 3, PadRight: 2, DilationH: 2, DilationW: 2, Groups: 8),
        new(1, 5, 6, 21, 5, 3, 3, StrideH: 2, PadLeft: 1, PadRight: 1, Groups: 5, Bias: false),
        new(1, 17, 7, 5, 33, 1, 1),
        new(2, 5, 1, 1, 7, 1, 1),
        new(1, 3, 1, 1, 5, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        new(1, 16, 9, 9, 8, 1, 1, StrideH: 2, StrideW: 2),
        new(1, 64, 12, 12, 40, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        new(1, 8, 40, 40, 20, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        new(1, 6, 8, 9, 7, 2, 5, PadTop: 0, PadLeft: 2, PadBottom: 1, PadRight: 2),
        new(2, 32, 16, 16, 48, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        new(1, 7, 11, 13, 6, 3, 2, StrideH: 2, PadTop: 1, PadLeft: 3, PadBottom: 0, PadRight: 1, DilationH: 1, DilationW: 3),
        new(1, 10, 12, 17, 10, 3, 3, PadTop: 2, PadLeft: 1, PadBottom: 2, PadRight: 1, DilationH: 2, DilationW: 1, Groups: 10),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Conv2d_AgainstOnnxConv_Matches(ConvCase c)
    {
        var context = new ComputeContext(threads: 2);
        using var y = Run(context, c, Activation.None);

        var g = c.Geometry;
        Assert.Equal(new TensorShape(c.N, c.O, g.OutHeight, g.OutWidth), y.Shape);
        Close.Assert(c.Expected(), y.Span, SgemmTests.Tolerance(c.Depth), 1e-4f, c.ToString());
    }

    [Theory]
    [InlineData(1, "Relu", 0f)]
    [InlineData(16, "Relu", 0f)]
    [InlineData(1, "LeakyRelu", 0.2f)]
    [InlineData(16, "LeakyRelu", 0.2f)]
    public void Conv2d_FusedActivation_MatchesOnnxConvThenActivation(int groups, string activation, float alpha)
    {
        var c = new ConvCase(1, 16, 11, 9, 16, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Groups: groups);
        var fused = activation == "Relu" ? Activation.Relu : Activation.LeakyRelu(alpha);
        var context = new ComputeContext(threads: 2);
        using var y = Run(context, c, fused);
        Close.Assert(c.Expected(activation, alpha), y.Span, SgemmTests.Tolerance(c.Depth), 1e-4f, $"{c} {activation}");
    }

    [Theory]
    [MemberData(nameof(SgemmTests.Paths), MemberType = typeof(SgemmTests))]
    public void Conv2dKernel_EachMicroKernel_MatchesOnnxConv(GemmPath path)
    {
        var c = new ConvCase(2, 33, 10, 7, 19, 3, 3, StrideW: 2, PadTop: 1, PadLeft: 2, PadBottom: 0, PadRight: 1, Groups: 1);
        var output = new float[c.Geometry.OutputLength];
        Conv2dKernel.Run(c.Input, c.Weight, c.BiasValues, output, c.Geometry, Activation.None, threads: 2, path);
        Close.Assert(c.Expected(), output, SgemmTests.Tolerance(c.Depth), 1e-4f, $"{c} {path}");
    }

    [Fact]
    public void Conv2d_PreparedLayerOnTwoImageSizes_EqualsOneShotConv()
    {
        var small = new ConvCase(1, 12, 9, 7, 20, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1);
        var large = small with { N = 2, H = 20, W = 23 };
        var context = new ComputeContext(threads: 2);
        using var weight = Tensor.FromArray(new TensorShape(20, 12, 3, 3), small.Weight);
        using var bias = Tensor.FromArray(new TensorShape(1, 20, 1, 1), small.BiasValues);
        using var layer = context.PrepareConv2d(weight, bias, small.Options);
        foreach (var c in new[] { small, large, small })
        {
            using var x = Tensor.FromArray(new TensorShape(c.N, c.C, c.H, c.W), c.Input);
            using var prepared = context.Conv2d(x, layer);
            using var oneShot = context.Conv2d(x, weight, bias, c.Options);
            Assert.Equal(oneShot.ToArray(), prepared.ToArray());
        }
    }

    [Fact]
    public void Conv2d_BadWeightOrDilation_ThrowsNamingTheProblemAndLeavesInputIntact()
    {
        var c = new ConvCase(1, 4, 5, 5, 3, 3, 3);
        var context = new ComputeContext(threads: 2);
        var data = c.Input;
        using var x = Tensor.FromArray(new TensorShape(1, 4, 5, 5), data);
        using var weight = Tensor.FromArray(new TensorShape(3, 4, 3, 3), c.Weight);
        using var y = context.Conv2d(x, weight, null, c.Options);
        Assert.Equal(c.Input, data);

        using var wrong = Tensor.FromArray(new TensorShape(3, 5, 3, 3), new float[135]);
        var error = Assert.Throws<ArgumentException>(() => context.Conv2d(x, wrong, null, c.Options));
        Assert.Contains("expects 5 input channels", error.Message);
        var tooBig = Assert.Throws<ArgumentException>(() => context.Conv2d(x, weight, null, Conv2dOptions.Square(dilation: 3)));
        Assert.Contains("does not fit", tooBig.Message);
    }

    private static Tensor Run(ComputeContext context, ConvCase c, Activation activation)
    {
        using var x = Tensor.FromArray(new TensorShape(c.N, c.C, c.H, c.W), c.Input);
        using var weight = Tensor.FromArray(new TensorShape(c.O, c.C / c.Groups, c.KH, c.KW), c.Weight);
        using var bias = c.Bias ? Tensor.FromArray(new TensorShape(1, c.O, 1, 1), c.BiasValues) : null;
        return context.Conv2d(x, weight, bias, c.Options, activation);
    }
}
