using Mona.Kernels.Concat;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>Stacks tensors of equal N, H, W along the channel axis (ONNX Concat, axis 1).</summary>
    /// <returns>A new N×(ΣC)×H×W tensor, owned by the caller.</returns>
    public Tensor Concat(params IReadOnlyList<Tensor> inputs)
    {
        if (inputs.Count == 0) throw new ArgumentException("concat needs at least one tensor", nameof(inputs));
        var first = inputs[0].Shape;
        var channels = new int[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var s = inputs[i].Shape;
            if (s.N != first.N || s.H != first.H || s.W != first.W)
                throw new ArgumentException($"concat input {i} is {s}, but input 0 is {first}: N, H and W must agree", nameof(inputs));
            channels[i] = s.C;
        }
        var outShape = new TensorShape(first.N, channels.Sum(), first.H, first.W);
        var sources = inputs.Select(t => (ReadOnlyMemory<float>)t.Buffer.AsMemory(0, t.Length)).ToArray();
        return AllocateFilled(outShape, y => ConcatCpu.Channels(sources, channels, first.N, first.Plane, y.Span));
    }
}
