using Mona.Kernels.Tests.Onnx;
using Mona.Training.Autograd;
using Mona.Training.Demo;

namespace Mona.TrainDemo;

/// <summary>
/// Writes <see cref="ReconstructionNet"/>'s forward pass as an ONNX graph (opset 17) with the net's
/// current weights, node for node: Conv, Relu, AveragePool, GlobalAveragePool, ReduceMean, Gemm,
/// InstanceNormalization·Mul·Add (AdaIN), Resize (nearest and bilinear ×2), Slice, Transpose and GridSample
/// (the flow warp). It exists only to time ONNX Runtime on the same computation.
/// </summary>
internal sealed class OnnxExport
{
    private readonly OnnxGraph _graph = new();
    private readonly Dictionary<string, Variable> _weights;
    private int _names;

    private OnnxExport(ReconstructionNet net) => _weights = net.NamedParameters().ToDictionary(p => p.Name, p => p.Parameter);

    public static OnnxGraph Build(ReconstructionNet net, int batch, int shots, int size)
    {
        var e = new OnnxExport(net);
        e._graph.Input("shots", batch * shots, 6, size, size).Input("source", batch, 3, size, size).Input("landmarks", batch, 3, size, size).Input("source_landmarks", batch, 3, size, size);
        var embedding = e.Node("GlobalAveragePool", [e.Down("embedder.down3", e.Down("embedder.down2", e.Down("embedder.down1", "shots", false)))]);
        e._graph.ConstantInt64("embedding_shape", [batch, shots, ReconstructionNet.Embedding], 3);
        var mean = e.Node("ReduceMean", [e.Node("Reshape", [embedding, "embedding_shape"])], ("axes", new long[] { 1 }), ("keepdims", 0L));
        var adaIn = e.Node("Gemm", [mean, e.Weight("projection.weight", 2), e.Weight("projection.offset", 1)], ("transB", 1L));
        var full = e.Conv("generator.in", e.Node("Concat", ["landmarks", "source", "source_landmarks"], ("axis", 1L)), 1);
        var half = e.Down("generator.down1", full);
        var h = e.Down("generator.down2", half);
        var coarse = e.Up("generator.up1", h, adaIn, 0, 64, 32, batch);
        var fine = e.Up("generator.up2", coarse, adaIn, 192, 32, 16, batch);
        e._graph.Constant("linear_scales", [1f, 1f, 2f, 2f], 4);
        var flow = e.Node("Resize", [e.Conv("generator.flow", e.Node("Relu", [e.Node("Concat", [coarse, half], ("axis", 1L))]), 1), "", "linear_scales"],
            ("mode", "linear"), ("coordinate_transformation_mode", "half_pixel"));
        // Flow in pixels (× FlowUnit) to normalised grid offsets (align corners): 2/(S − 1) per pixel.
        var unit = ReconstructionNet.FlowUnit * 2f / (size - 1);
        e._graph.Constant("flow_scale", [unit, unit], 2);
        e._graph.Constant("base_grid", BaseGrid(size), 1, size, size, 2);
        var grid = e.Node("Add", [e.Node("Mul", [e.Node("Transpose", [flow], ("perm", new long[] { 0, 2, 3, 1 })), "flow_scale"]), "base_grid"]);
        var warped = e.Node("GridSample", ["source", grid], ("align_corners", 1L), ("mode", "bilinear"), ("padding_mode", "border"));
        e._graph.Node("Add", [warped, e.Conv("generator.rgb", e.Node("Relu", [e.Node("Concat", [fine, full], ("axis", 1L))]), 1)], ["output"]).Output("output");
        return e._graph;
    }

    private string Down(string prefix, string x, bool preActivation = true)
    {
        var h = preActivation ? Node("Relu", [x]) : x;
        h = Pool(Conv(prefix + ".conv2", Node("Relu", [Conv(prefix + ".conv1", h, 1)]), 1));
        return Node("Add", [h, Pool(Conv(prefix + ".skip", x, 0))]);
    }

    private string Up(string prefix, string x, string adaIn, int start, int inChannels, int outChannels, int batch)
    {
        var h = Upsample(Node("Relu", [AdaIn(x, adaIn, start, inChannels, batch)]));
        h = Conv(prefix + ".conv1", h, 1);
        h = Conv(prefix + ".conv2", Node("Relu", [AdaIn(h, adaIn, start + 2 * inChannels, outChannels, batch)]), 1);
        return Node("Add", [h, Conv(prefix + ".skip", Upsample(x), 0)]);
    }

    private string AdaIn(string x, string adaIn, int start, int channels, int batch)
    {
        var ones = Fresh();
        var zeros = Fresh();
        _graph.Constant(ones, Enumerable.Repeat(1f, channels).ToArray(), channels);
        _graph.Constant(zeros, new float[channels], channels);
        var shape = Fresh();
        _graph.ConstantInt64(shape, [batch, channels, 1, 1], 4);
        var gamma = Node("Reshape", [Slice(adaIn, start, start + channels), shape]);
        var beta = Node("Reshape", [Slice(adaIn, start + channels, start + 2 * channels), shape]);
        var normalised = Node("InstanceNormalization", [x, ones, zeros], ("epsilon", 1e-5f));
        return Node("Add", [Node("Mul", [normalised, gamma]), beta]);
    }

    private string Conv(string prefix, string x, int pad) =>
        Node("Conv", [x, Weight(prefix + ".weight", 4), Weight(prefix + ".bias", 1)], ("pads", new long[] { pad, pad, pad, pad }));

    private string Pool(string x) => Node("AveragePool", [x], ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }));

    private string Upsample(string x)
    {
        if (!_upsampleScales)
        {
            _graph.Constant("upsample_scales", [1f, 1f, 2f, 2f], 4);
            _upsampleScales = true;
        }
        return Node("Resize", [x, "", "upsample_scales"], ("mode", "nearest"), ("coordinate_transformation_mode", "asymmetric"), ("nearest_mode", "floor"));
    }

    private bool _upsampleScales;

    private string Slice(string x, int start, int end)
    {
        var s = Fresh();
        var e = Fresh();
        var a = Fresh();
        _graph.ConstantInt64(s, [start], 1).ConstantInt64(e, [end], 1).ConstantInt64(a, [1], 1);
        return Node("Slice", [x, s, e, a]);
    }

    private string Weight(string name, int rank)
    {
        var w = _weights[name];
        long[] dims = rank switch
        {
            4 => [w.Shape.N, w.Shape.C, w.Shape.H, w.Shape.W],
            2 => [w.Shape.N, w.Shape.C * w.Shape.H * w.Shape.W],
            _ => [w.Value.Length],
        };
        _graph.Constant(name, w.Value.ToArray(), dims);
        return name;
    }

    private string Node(string op, string[] inputs, params (string, object)[] attributes)
    {
        var output = Fresh();
        _graph.Node(op, inputs, [output], attributes);
        return output;
    }

    private string Fresh() => $"t{_names++}";

    /// <summary>Normalised (x, y) of every pixel centre with align corners: 2·i/(S − 1) − 1.</summary>
    private static float[] BaseGrid(int size)
    {
        var grid = new float[size * size * 2];
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
        {
            grid[2 * (y * size + x)] = 2f * x / (size - 1) - 1f;
            grid[2 * (y * size + x) + 1] = 2f * y / (size - 1) - 1f;
        }
        return grid;
    }
}
