namespace Mona.Kernels.Tests.Onnx;

/// <summary>The oracle itself must be right before anything is compared with it.</summary>
public sealed class OnnxOracleTests
{
    [Fact]
    public void Relu_OnKnownValues_ClampsNegativesOnly()
    {
        var graph = new OnnxGraph().Input("x", 1, 1, 2, 3).Node("Relu", ["x"], ["y"]).Output("y");
        using var oracle = new OnnxOracle(graph);
        var y = oracle.Run(("x", [-2f, -0.5f, 0f, 0.5f, 2f, -7f], [1, 1, 2, 3]));
        Assert.Equal([0f, 0f, 0f, 0.5f, 2f, 0f], y);
    }

    [Fact]
    public void Conv_WithAttributesAndInitializers_MatchesHandComputedSum()
    {
        // One 2×2 all-ones kernel with bias 1 over a 3×3 ramp, stride 1, no padding.
        var graph = new OnnxGraph()
            .Input("x", 1, 1, 3, 3)
            .Constant("w", [1f, 1f, 1f, 1f], 1, 1, 2, 2)
            .Constant("b", [1f], 1)
            .Node("Conv", ["x", "w", "b"], ["y"], ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 1, 1 }))
            .Output("y");
        using var oracle = new OnnxOracle(graph);
        var y = oracle.Run(("x", [0f, 1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 3, 3]));
        Assert.Equal([0 + 1 + 3 + 4 + 1f, 1 + 2 + 4 + 5 + 1f, 3 + 4 + 6 + 7 + 1f, 4 + 5 + 7 + 8 + 1f], y);
    }
}
