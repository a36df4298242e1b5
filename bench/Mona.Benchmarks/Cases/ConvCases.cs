using Mona.Kernels.Tests.Onnx;
using Mona.Tensors;
using Mona.Tensors.Ops;

namespace Mona.Benchmarks.Cases;

/// <summary>
/// 2-D convolutions with bias, stride 1, "same" padding: the shapes of the generator's residual
/// blocks, a depthwise 3×3 and a 1×1 projection. Weights are uniform in ±1/√fan_in, so outputs
/// stay of order 1. ORT's peer: Conv with the weights as initializers (it prepacks them).
/// </summary>
internal static class ConvCases
{
    public static IEnumerable<BenchCase> All()
    {
        yield return Case("conv3×3", 64, 64, 128, kernel: 3, groups: 1);
        yield return Case("conv3×3", 256, 256, 32, kernel: 3, groups: 1);
        yield return Case("conv3×3", 512, 512, 16, kernel: 3, groups: 1);
        yield return Case("depthwise3×3", 256, 256, 32, kernel: 3, groups: 256);
        yield return Case("conv1×1", 256, 512, 32, kernel: 1, groups: 1);
    }

    private static BenchCase Case(string kind, int inChannels, int outChannels, int size, int kernel, int groups)
    {
        var input = new TensorShape(1, inChannels, size, size);
        // Each output element: (inChannels / groups)·k² multiply-adds.
        var flops = 2.0 * outChannels * size * size * (inChannels / groups) * kernel * kernel;
        var name = groups == 1 ? $"{kind} {inChannels}→{outChannels} @{size}²" : $"{kind} {inChannels}ch @{size}²";
        return new BenchCase(name, input.ToString(), CaseGroup.Conv, flops,
            context => Prepare(context, input, outChannels, kernel, groups));
    }

    private static PreparedCase Prepare(ComputeContext context, TensorShape input, int outChannels, int kernel, int groups)
    {
        var perGroup = input.C / groups;
        var weightShape = new TensorShape(outChannels, perGroup, kernel, kernel);
        var bound = 1f / MathF.Sqrt(perGroup * kernel * kernel);
        var x = SeededData.Uniform(input.Length, seed: 6);
        var weight = SeededData.Uniform(weightShape.Length, seed: 7, lo: -bound, hi: bound);
        var bias = SeededData.Uniform(outChannels, seed: 8, lo: -0.1f, hi: 0.1f);
        var pad = kernel / 2;
        var xDims = SeededData.Dims(1, input.C, input.H, input.W);
        var yDims = SeededData.Dims(1, outChannels, input.H, input.W);

        var graph = new OnnxGraph()
            .Input("x", xDims)
            .Constant("w", weight, outChannels, perGroup, kernel, kernel)
            .Constant("b", bias, outChannels)
            .Node("Conv", ["x", "w", "b"], ["y"],
                ("kernel_shape", new long[] { kernel, kernel }), ("pads", new long[] { pad, pad, pad, pad }),
                ("strides", new long[] { 1, 1 }), ("group", (long)groups))
            .Output("y");
        var oracle = new OnnxOracle(graph, BenchSettings.Threads, spinWhenIdle: false);
        var ort = oracle.Bind([("x", x, xDims)], ("y", new float[outChannels * input.Plane], yDims));

        var xTensor = Tensor.FromArray(input, x);
        var weightTensor = Tensor.FromArray(weightShape, weight);
        var biasTensor = Tensor.FromArray(new TensorShape(1, outChannels, 1, 1), bias);
        var options = Conv2dOptions.Square(stride: 1, pad: pad, groups: groups);
        // ORT packs its constant weights once per session; Mona's layers pack theirs once too, so the
        // timed call is Conv2d with a PreparedConv2d. The one-shot facade is checked against ORT as well.
        var layer = context.PrepareConv2d(weightTensor, biasTensor, options);
        return new PreparedCase(() => context.Conv2d(xTensor, layer), oracle, ort)
        {
            AlsoChecked = [("unprepared Conv2d", () => context.Conv2d(xTensor, weightTensor, biasTensor, options))],
            Owned = [layer],
        };
    }
}
