using Mona.Kernels.Tests.Onnx;
using Mona.Tensors;

namespace Mona.Benchmarks.Cases;

/// <summary>
/// Adaptive instance normalisation, y = γ·(x − μ)/√(σ² + ε) + β with μ, σ² per (sample, channel)
/// over H×W and γ, β per (sample, channel) (N×C×1×1). ORT's peer: InstanceNormalization with
/// unit scale and zero bias (its scale is per channel only), then Mul γ and Add β.
/// </summary>
internal static class AdaInCases
{
    private const float Epsilon = 1e-5f;

    public static IEnumerable<BenchCase> All()
    {
        yield return Case(1, 512, 16, 16);
        yield return Case(8, 256, 32, 32);
        yield return Case(1, 64, 128, 128);
    }

    private static BenchCase Case(int n, int c, int h, int w) =>
        new($"AdaIN {n}×{c}×{h}×{w}", new TensorShape(n, c, h, w).ToString(), CaseGroup.AdaIn, 0,
            context => Prepare(context, new TensorShape(n, c, h, w)));

    private static PreparedCase Prepare(ComputeContext context, TensorShape shape)
    {
        var styleShape = new TensorShape(shape.N, shape.C, 1, 1);
        var x = SeededData.Uniform(shape.Length, seed: 1);
        var gamma = SeededData.Uniform(styleShape.Length, seed: 2, lo: 0.5f, hi: 1.5f);
        var beta = SeededData.Uniform(styleShape.Length, seed: 3, lo: -0.5f, hi: 0.5f);
        var xDims = SeededData.Dims(shape.N, shape.C, shape.H, shape.W);
        var styleDims = SeededData.Dims(shape.N, shape.C, 1, 1);

        var graph = new OnnxGraph()
            .Input("x", xDims).Input("gamma", styleDims).Input("beta", styleDims)
            .Constant("ones", Enumerable.Repeat(1f, shape.C).ToArray(), shape.C)
            .Constant("zeros", new float[shape.C], shape.C)
            .Node("InstanceNormalization", ["x", "ones", "zeros"], ["normalised"], ("epsilon", Epsilon))
            .Node("Mul", ["normalised", "gamma"], ["scaled"])
            .Node("Add", ["scaled", "beta"], ["y"])
            .Output("y");
        var oracle = new OnnxOracle(graph, BenchSettings.Threads, spinWhenIdle: false);
        var ort = oracle.Bind(
            [("x", x, xDims), ("gamma", gamma, styleDims), ("beta", beta, styleDims)],
            ("y", new float[shape.Length], xDims));

        var xTensor = Tensor.FromArray(shape, x);
        var gammaTensor = Tensor.FromArray(styleShape, gamma);
        var betaTensor = Tensor.FromArray(styleShape, beta);
        return new PreparedCase(() => context.AdaIn(xTensor, gammaTensor, betaTensor, Epsilon), oracle, ort);
    }
}
