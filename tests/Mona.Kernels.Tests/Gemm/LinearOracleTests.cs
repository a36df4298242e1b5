using Mona.Kernels.Gemm;
using Mona.Kernels.Linear;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;
using Mona.Tensors;

namespace Mona.Kernels.Tests.Gemm;

/// <summary>
/// ComputeContext.Linear against ONNX Runtime's Gemm (transB = 1, PyTorch's nn.Linear), for
/// batches on the dot-product path (≤ 4) and on the GEMM path. Tolerance as for the SGEMM:
/// 1e-5·√K absolute plus 1e-5 relative, the two summing in different orders.
/// </summary>
public sealed class LinearOracleTests
{
    [Theory]
    [InlineData(1, 5, 1, false)]
    [InlineData(1, 300, 70, true)]
    [InlineData(3, 17, 130, true)]
    [InlineData(7, 33, 17, true)]
    [InlineData(40, 513, 65, false)]
    public void Linear_AgainstOnnxGemm_Matches(int batch, int features, int outputs, bool withBias)
    {
        var x = TestData.Uniform(batch * features, seed: 11);
        var w = TestData.Uniform(outputs * features, seed: 12);
        var b = TestData.Uniform(outputs, seed: 13);
        var graph = new OnnxGraph().Input("x", batch, features).Constant("w", w, outputs, features);
        if (withBias) graph.Constant("b", b, outputs);
        graph.Node("Gemm", withBias ? ["x", "w", "b"] : ["x", "w"], ["y"], ("transB", 1L)).Output("y");
        using var oracle = new OnnxOracle(graph);
        var expected = oracle.Run(("x", x, [batch, features]));

        var context = new ComputeContext(threads: 2);
        using var input = Tensor.FromArray(new TensorShape(batch, features, 1, 1), x);
        using var weight = Tensor.FromArray(new TensorShape(outputs, features, 1, 1), w);
        using var bias = withBias ? Tensor.FromArray(new TensorShape(1, outputs, 1, 1), b) : null;
        using var y = context.Linear(input, weight, bias);

        Assert.Equal(new TensorShape(batch, outputs, 1, 1), y.Shape);
        Close.Assert(expected, y.Span, SgemmTests.Tolerance(features), 1e-5f, $"linear {batch}×{features}→{outputs}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(9)]
    public void Linear_WithRelu_MatchesOnnxGemmThenRelu(int batch)
    {
        const int features = 40, outputs = 24;
        var x = TestData.Uniform(batch * features, seed: 14);
        var w = TestData.Uniform(outputs * features, seed: 15);
        var graph = new OnnxGraph().Input("x", batch, features).Constant("w", w, outputs, features)
            .Node("Gemm", ["x", "w"], ["z"], ("transB", 1L)).Node("Relu", ["z"], ["y"]).Output("y");
        using var oracle = new OnnxOracle(graph);
        var expected = oracle.Run(("x", x, [batch, features]));

        var context = new ComputeContext(threads: 2);
        using var input = Tensor.FromArray(new TensorShape(batch, features, 1, 1), x);
        using var weight = Tensor.FromArray(new TensorShape(outputs, features, 1, 1), w);
        using var y = context.Linear(input, weight, null, Activation.Relu);

        Close.Assert(expected, y.Span, SgemmTests.Tolerance(features), 1e-5f);
        Assert.Contains(y.ToArray(), v => v == 0f);
    }

    [Theory]
    [MemberData(nameof(PreparedCases))]
    public void PackedLinear_EachPathAndBatch_MatchesOnnxGemm(GemmPath path, int batch)
    {
        const int features = 70, outputs = 45;
        var x = TestData.Uniform(batch * features, seed: 16);
        var w = TestData.Uniform(outputs * features, seed: 17);
        var b = TestData.Uniform(outputs, seed: 18);
        var graph = new OnnxGraph().Input("x", batch, features).Constant("w", w, outputs, features).Constant("b", b, outputs)
            .Node("Gemm", ["x", "w", "b"], ["z"], ("transB", 1L)).Node("LeakyRelu", ["z"], ["y"], ("alpha", 0.2f)).Output("y");
        using var oracle = new OnnxOracle(graph);
        var expected = oracle.Run(("x", x, [batch, features]));

        using var layer = new PackedLinear(w, b, outputs, features, path);
        var y = new float[batch * outputs];
        layer.Forward(x, batch, y, Activation.LeakyRelu(0.2f), threads: 2);
        Close.Assert(expected, y, SgemmTests.Tolerance(features), 1e-5f, $"{path} batch {batch}");
    }

    public static TheoryData<GemmPath, int> PreparedCases()
    {
        var data = new TheoryData<GemmPath, int>();
        foreach (var path in SgemmTests.SupportedPaths())
        {
            foreach (var batch in new[] { 1, 4, 9 }) data.Add(path, batch);
        }
        return data;
    }

    [Fact]
    public void Linear_PreparedLayer_EqualsOneShotOnBothPaths()
    {
        const int features = 33, outputs = 20;
        var context = new ComputeContext(threads: 2);
        using var weight = Tensor.FromArray(new TensorShape(outputs, features, 1, 1), TestData.Uniform(outputs * features, seed: 19));
        using var bias = Tensor.FromArray(new TensorShape(1, outputs, 1, 1), TestData.Uniform(outputs, seed: 20));
        using var layer = context.PrepareLinear(weight, bias);
        foreach (var batch in new[] { 2, 12 })
        {
            using var x = Tensor.FromArray(new TensorShape(batch, features, 1, 1), TestData.Uniform(batch * features, seed: 21));
            using var prepared = context.Linear(x, layer);
            using var oneShot = context.Linear(x, weight, bias);
            Close.Assert(oneShot.Span, prepared.Span, SgemmTests.Tolerance(features), 1e-5f, $"batch {batch}");
        }
    }

    [Fact]
    public void Linear_WeightOfWrongWidth_ThrowsNamingShapes()
    {
        var context = new ComputeContext(threads: 1);
        using var input = Tensor.FromArray(new TensorShape(2, 8, 1, 1), new float[16]);
        using var weight = Tensor.FromArray(new TensorShape(3, 7, 1, 1), new float[21]);
        var error = Assert.Throws<ArgumentException>(() => context.Linear(input, weight, null));
        Assert.Contains("3×8", error.Message);
    }
}
