using Mona.Kernels.Conv;
using Mona.Kernels.Tests.Gemm;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;
using Mona.Tensors;
using Mona.Tensors.Ops;

namespace Mona.Kernels.Tests.Conv;

/// <summary>
/// A convolution with batch-norm folded into it against ONNX Runtime running Conv followed by
/// BatchNormalization (inference mode). Same tolerance as the conv tests, the folded weights
/// adding one rounding per weight.
/// </summary>
public sealed class BatchNormFoldingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fold_ConvThenBatchNorm_MatchesOnnx(bool convBias)
    {
        var c = new ConvCase(2, 5, 9, 8, 7, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Bias: convBias);
        var gamma = TestData.Uniform(c.O, seed: 41, lo: 0.5f, hi: 2f);
        var beta = TestData.Uniform(c.O, seed: 42);
        var mean = TestData.Uniform(c.O, seed: 43);
        var variance = TestData.Uniform(c.O, seed: 44, lo: 0.1f, hi: 3f);
        const float epsilon = 1e-3f;
        var graph = new OnnxGraph()
            .Input("x", c.N, c.C, c.H, c.W)
            .Constant("w", c.Weight, c.O, c.C, 3, 3)
            .Constant("cb", c.BiasValues, c.O)
            .Constant("gamma", gamma, c.O).Constant("beta", beta, c.O).Constant("mean", mean, c.O).Constant("var", variance, c.O)
            .Node("Conv", convBias ? ["x", "w", "cb"] : ["x", "w"], ["z"], ("kernel_shape", new long[] { 3, 3 }), ("pads", new long[] { 1, 1, 1, 1 }))
            .Node("BatchNormalization", ["z", "gamma", "beta", "mean", "var"], ["y"], ("epsilon", epsilon))
            .Output("y");
        using var oracle = new OnnxOracle(graph);
        var expected = oracle.Run(("x", c.Input, [c.N, c.C, c.H, c.W]));

        var weight = c.Weight;
        var (foldedWeight, foldedBias) = BatchNormFolding.Fold(weight, convBias ? c.BiasValues : [], gamma, beta, mean, variance, epsilon);
        Assert.Equal(c.Weight, weight);
        var context = new ComputeContext(threads: 2);
        using var x = Tensor.FromArray(new TensorShape(c.N, c.C, c.H, c.W), c.Input);
        using var w = Tensor.FromArray(new TensorShape(c.O, c.C, 3, 3), foldedWeight);
        using var b = Tensor.FromArray(new TensorShape(1, c.O, 1, 1), foldedBias);
        using var y = context.Conv2d(x, w, b, c.Options);
        Close.Assert(expected, y.Span, 2 * SgemmTests.Tolerance(c.Depth), 1e-4f, "folded conv");
    }

    [Fact]
    public void Fold_MismatchedParameterLengths_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            BatchNormFolding.Fold(new float[18], [], new float[2], new float[2], new float[3], new float[2]));
        Assert.Contains("differ in length", error.Message);
    }
}
