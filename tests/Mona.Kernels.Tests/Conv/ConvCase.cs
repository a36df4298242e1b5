using Mona.Kernels.Conv;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;
using Mona.Tensors.Ops;

namespace Mona.Kernels.Tests.Conv;

/// <summary>
/// One convolution test case: shapes, geometry and seeded data, plus the ONNX Runtime result it
/// must match. The string form names the case in test output.
/// </summary>
public sealed record ConvCase(
    int N, int C, int H, int W, int O, int KH, int KW,
    int StrideH = 1, int StrideW = 1, int PadTop = 0, int PadLeft = 0, int PadBottom = 0, int PadRight = 0,
    int DilationH = 1, int DilationW = 1, int Groups = 1, bool Bias = true)
{
    public Conv2dOptions Options => new(StrideH, StrideW, PadTop, PadLeft, PadBottom, PadRight, DilationH, DilationW, Groups);

    public ConvGeometry Geometry => new(N, C, H, W, O, KH, KW, StrideH, StrideW, PadTop, PadLeft, PadBottom, PadRight,
        DilationH, DilationW, Groups);

    /// <summary>Reduction length of one output, for the tolerance.</summary>
    public int Depth => C / Groups * KH * KW;

    public float[] Input => TestData.Uniform(N * C * H * W, seed: 21);

    public float[] Weight => TestData.Uniform(O * (C / Groups) * KH * KW, seed: 22);

    public float[] BiasValues => TestData.Uniform(O, seed: 23);

    /// <summary>ONNX Runtime's Conv on the same data, optionally followed by one activation node.</summary>
    public float[] Expected(string? activation = null, float alpha = 0f)
    {
        var graph = new OnnxGraph()
            .Input("x", N, C, H, W)
            .Constant("w", Weight, O, C / Groups, KH, KW);
        if (Bias) graph.Constant("b", BiasValues, O);
        graph.Node("Conv", Bias ? ["x", "w", "b"] : ["x", "w"], [activation is null ? "y" : "z"],
            ("kernel_shape", new long[] { KH, KW }), ("strides", new long[] { StrideH, StrideW }),
            ("pads", new long[] { PadTop, PadLeft, PadBottom, PadRight }), ("dilations", new long[] { DilationH, DilationW }),
            ("group", (long)Groups));
        if (activation == "LeakyRelu") graph.Node("LeakyRelu", ["z"], ["y"], ("alpha", alpha));
        else if (activation is not null) graph.Node(activation, ["z"], ["y"]);
        graph.Output("y");
        using var oracle = new OnnxOracle(graph);
        return oracle.Run(("x", Input, [N, C, H, W]));
    }

    public override string ToString() =>
        $"{N}×{C}×{H}×{W}→{O} k{KH}×{KW} s{StrideH},{StrideW} p{PadTop},{PadLeft},{PadBottom},{PadRight} d{DilationH},{DilationW} g{Groups}{(Bias ? "" : " nobias")}";
}
