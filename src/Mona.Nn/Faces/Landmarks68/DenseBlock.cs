using Mona.Kernels.Gemm;
using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Tensors;

namespace Mona.Nn.Faces.Landmarks68;

/// <summary>
/// face-api's <c>denseBlock4</c>: o1 = relu(conv0(x)) with stride 2 (a plain 3×3 convolution in
/// the first block, separable after), then o2 = sep1(o1), o3 = sep2(relu(o1 + o2)),
/// o4 = sep3(relu(o1 + o2 + o3)), output relu(o1 + o2 + o3 + o4).
/// </summary>
internal sealed class DenseBlock
{
    private readonly ConvLayer? _plainFirst;
    private readonly SeparableConv? _separableFirst;
    private readonly SeparableConv[] _rest;

    public DenseBlock(WeightSet weights, string prefix, int inChannels, int channels, bool isFirst)
    {
        if (isFirst)
            _plainFirst = new ConvLayer(TfWeights.Filter(weights, $"{prefix}/conv0/filters", 3, 3, inChannels, channels),
                TfWeights.Vector(weights, $"{prefix}/conv0/bias", channels), channels, inChannels, 3, 2, Padding.Same);
        else
            _separableFirst = new SeparableConv(weights, $"{prefix}/conv0", inChannels, channels, 2);
        _rest = [.. Enumerable.Range(1, 3).Select(i => new SeparableConv(weights, $"{prefix}/conv{i}", channels, channels, 1))];
    }

    public Tensor Forward(ComputeContext compute, Tensor x)
    {
        var sum = _plainFirst is not null ? _plainFirst.Forward(compute, x, Activation.Relu) : _separableFirst!.Forward(compute, x, Activation.Relu);
        using var input = compute.Allocator.Allocate(sum.Shape);
        // sum holds o1 + … + ok; each next conv reads relu(sum).
        foreach (var conv in _rest)
        {
            sum.Span.CopyTo(input.Span);
            FaceOps.ReluInPlace(compute, input);
            using var next = conv.Forward(compute, input);
            FaceOps.AddInPlace(compute, sum, next);
        }
        FaceOps.ReluInPlace(compute, sum);
        return sum;
    }
}
