using Mona.Kernels.Gemm;
using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Tensors;

namespace Mona.Nn.Faces.Landmarks68;

/// <summary>TF's separableConv2d + bias ("same" padding): a 3×3 depthwise convolution, then a 1×1 convolution with the bias.</summary>
internal sealed class SeparableConv
{
    private readonly ConvLayer _depthwise;
    private readonly ConvLayer _pointwise;

    public SeparableConv(WeightSet weights, string prefix, int inChannels, int outChannels, int stride)
    {
        _depthwise = new ConvLayer(TfWeights.DepthwiseFilter(weights, $"{prefix}/depthwise_filter", 3, 3, inChannels), null,
            inChannels, 1, 3, stride, Padding.Same, groups: inChannels);
        _pointwise = new ConvLayer(TfWeights.Filter(weights, $"{prefix}/pointwise_filter", 1, 1, inChannels, outChannels),
            TfWeights.Vector(weights, $"{prefix}/bias", outChannels), outChannels, inChannels, 1, 1, Padding.Valid);
    }

    public Tensor Forward(ComputeContext compute, Tensor x, Activation activation = default)
    {
        using var depthwise = _depthwise.Forward(compute, x);
        return _pointwise.Forward(compute, depthwise, activation);
    }
}
