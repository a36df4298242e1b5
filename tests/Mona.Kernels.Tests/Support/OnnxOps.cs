using Mona.Kernels.Tests.Onnx;

namespace Mona.Kernels.Tests.Support;

/// <summary>One-node ONNX graphs over a single NCHW input "x", run once as the oracle.</summary>
internal static class OnnxOps
{
    /// <summary>Runs op(x) with the given attributes (and extra constant inputs already declared on the graph).</summary>
    public static float[] Unary(string op, float[] x, int[] dims, params (string Name, object Value)[] attributes) =>
        Run(new OnnxGraph(), op, ["x"], x, dims, attributes);

    /// <summary>Runs op on "x" plus inputs declared by <paramref name="graph"/>, named in <paramref name="inputs"/>.</summary>
    public static float[] Run(OnnxGraph graph, string op, string[] inputs, float[] x, int[] dims, params (string Name, object Value)[] attributes)
    {
        graph.Input("x", dims.Select(d => (long)d).ToArray()).Node(op, inputs, ["y"], attributes).Output("y");
        using var oracle = new OnnxOracle(graph);
        return oracle.Run(("x", x, dims));
    }
}
