using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Warp;
using Mona.Tensors;

namespace Mona.Benchmarks.Cases;

/// <summary>
/// Bilinear warp (grid sample) with zero padding and align_corners false, output the size of the
/// input. The grid (N×H×W×2, x then y, normalised) is uniform in [-1.1, 1.1], so some samples
/// fall outside and exercise the padding. ORT's peer: GridSample (opset 17 names the mode
/// "bilinear").
/// </summary>
internal static class WarpCases
{
    private const float GridReach = 1.1f;

    public static IEnumerable<BenchCase> All()
    {
        yield return Case(1, 3, 256, 256);
        yield return Case(1, 3, 512, 512);
        yield return Case(1, 64, 64, 64);
    }

    private static BenchCase Case(int n, int c, int h, int w) =>
        new($"warp {n}×{c}×{h}×{w}", new TensorShape(n, c, h, w).ToString(), CaseGroup.Warp, 0,
            context => Prepare(context, new TensorShape(n, c, h, w)));

    private static PreparedCase Prepare(ComputeContext context, TensorShape shape)
    {
        // The grid is stored as a tensor of shape (N, outH, outW, 2): the same bytes as ONNX's [N, H, W, 2].
        var gridShape = new TensorShape(shape.N, shape.H, shape.W, 2);
        var x = SeededData.Uniform(shape.Length, seed: 4);
        var grid = SeededData.Uniform(gridShape.Length, seed: 5, lo: -GridReach, hi: GridReach);
        var xDims = SeededData.Dims(shape.N, shape.C, shape.H, shape.W);
        var gridDims = SeededData.Dims(shape.N, shape.H, shape.W, 2);

        var graph = new OnnxGraph()
            .Input("x", xDims).Input("grid", gridDims)
            .Node("GridSample", ["x", "grid"], ["y"],
                ("mode", "bilinear"), ("padding_mode", "zeros"), ("align_corners", 0L))
            .Output("y");
        var oracle = new OnnxOracle(graph, BenchSettings.Threads, spinWhenIdle: false);
        var ort = oracle.Bind([("x", x, xDims), ("grid", grid, gridDims)], ("y", new float[shape.Length], xDims));

        var xTensor = Tensor.FromArray(shape, x);
        var gridTensor = Tensor.FromArray(gridShape, grid);
        var options = new WarpOptions(WarpPadding.Zeros, AlignCorners: false);
        return new PreparedCase(() => context.Warp(xTensor, gridTensor, options), oracle, ort);
    }
}
