using System.Runtime.InteropServices;

namespace Mona.Kernels.Tests.Onnx;

/// <summary>
/// Builds a small ONNX model in memory (one graph, float32 tensors, default domain) so that
/// ONNX Runtime can serve as the independent oracle and speed peer for each op. Field numbers
/// follow onnx.proto: ModelProto{ir_version=1, graph=7, opset_import=8},
/// GraphProto{node=1, initializer=5, input=11, output=12}, NodeProto{input=1, output=2,
/// op_type=4, attribute=5}, TensorProto{dims=1, data_type=2, name=8, raw_data=9}.
/// </summary>
public sealed class OnnxGraph
{
    private const int FloatType = 1;
    private const int Int64Type = 7;
    private readonly List<ProtoMessage> _nodes = [];
    private readonly List<ProtoMessage> _initializers = [];
    private readonly List<ProtoMessage> _inputs = [];
    private readonly List<ProtoMessage> _outputs = [];
    private readonly int _opset;

    public OnnxGraph(int opset = 17) => _opset = opset;

    /// <summary>Declares a float32 graph input of fixed shape.</summary>
    public OnnxGraph Input(string name, params long[] dims)
    {
        _inputs.Add(ValueInfo(name, dims));
        return this;
    }

    /// <summary>Declares a float32 graph output (shape inferred by the runtime).</summary>
    public OnnxGraph Output(string name)
    {
        _outputs.Add(ValueInfo(name, null));
        return this;
    }

    /// <summary>A constant float32 tensor (weights, scales).</summary>
    public OnnxGraph Constant(string name, float[] values, params long[] dims)
    {
        _initializers.Add(new ProtoMessage()
            .PackedInt64(1, dims)
            .Int64(2, FloatType)
            .String(8, name)
            .Bytes(9, MemoryMarshal.AsBytes(values.AsSpan())));
        return this;
    }

    /// <summary>A constant int64 tensor (shapes, axes, pads given as inputs).</summary>
    public OnnxGraph ConstantInt64(string name, long[] values, params long[] dims)
    {
        _initializers.Add(new ProtoMessage()
            .PackedInt64(1, dims)
            .Int64(2, Int64Type)
            .String(8, name)
            .Bytes(9, MemoryMarshal.AsBytes(values.AsSpan())));
        return this;
    }

    /// <summary>Adds a node; attributes are name → long, float, string, long[] or float[].</summary>
    public OnnxGraph Node(string opType, string[] inputs, string[] outputs, params (string Name, object Value)[] attributes)
    {
        var node = new ProtoMessage();
        foreach (var i in inputs) node.String(1, i);
        foreach (var o in outputs) node.String(2, o);
        node.String(3, $"{opType}_{_nodes.Count}");
        node.String(4, opType);
        foreach (var (name, value) in attributes) node.Message(5, Attribute(name, value));
        _nodes.Add(node);
        return this;
    }

    /// <summary>The serialised ModelProto.</summary>
    public byte[] ToBytes()
    {
        var graph = new ProtoMessage();
        foreach (var n in _nodes) graph.Message(1, n);
        graph.String(2, "mona_oracle");
        foreach (var t in _initializers) graph.Message(5, t);
        foreach (var i in _inputs) graph.Message(11, i);
        foreach (var o in _outputs) graph.Message(12, o);
        return new ProtoMessage()
            .Int64(1, 8)
            .String(2, "mona-tests")
            .Message(7, graph)
            .Message(8, new ProtoMessage().String(1, "").Int64(2, _opset))
            .ToArray();
    }

    private static ProtoMessage ValueInfo(string name, long[]? dims)
    {
        var tensorType = new ProtoMessage().Int64(1, FloatType);
        if (dims is not null)
        {
            var shape = new ProtoMessage();
            foreach (var d in dims) shape.Message(1, new ProtoMessage().Int64(1, d));
            tensorType.Message(2, shape);
        }
        return new ProtoMessage().String(1, name).Message(2, new ProtoMessage().Message(1, tensorType));
    }

    // AttributeProto: name=1, f=2, i=3, s=4, floats=7, ints=8, type=20 (FLOAT=1, INT=2, STRING=3, FLOATS=6, INTS=7).
    private static ProtoMessage Attribute(string name, object value)
    {
        var a = new ProtoMessage().String(1, name);
        return value switch
        {
            int i => a.Int64(3, i).Int64(20, 2),
            long l => a.Int64(3, l).Int64(20, 2),
            float f => a.Float(2, f).Int64(20, 1),
            double d => a.Float(2, (float)d).Int64(20, 1),
            string s => a.Bytes(4, System.Text.Encoding.UTF8.GetBytes(s)).Int64(20, 3),
            long[] ls => a.PackedInt64(8, ls).Int64(20, 7),
            int[] ints => a.PackedInt64(8, ints.Select(x => (long)x)).Int64(20, 7),
            float[] fs => a.PackedFloat(7, fs).Int64(20, 6),
            _ => throw new ArgumentException($"attribute {name}: unsupported value type {value.GetType().Name}"),
        };
    }
}
