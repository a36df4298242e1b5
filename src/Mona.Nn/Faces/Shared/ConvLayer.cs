using System.Collections.Concurrent;
using Mona.Kernels.Gemm;
using Mona.Tensors;
using Mona.Tensors.Ops;

namespace Mona.Nn.Faces.Shared;

/// <summary>
/// A convolution of a face network: OIHW weights (depthwise when <c>groups</c> equals the channel
/// count), bias, stride and a TF.js padding mode. The weights are packed once per padding geometry
/// (TF "same" padding depends on the input size, which is fixed for all but the tiny detector).
/// </summary>
internal sealed class ConvLayer
{
    private readonly float[] _weight;
    private readonly float[]? _bias;
    private readonly TensorShape _weightShape;
    private readonly int _stride;
    private readonly int _groups;
    private readonly Padding _padding;
    private readonly ConcurrentDictionary<Conv2dOptions, PreparedConv2d> _prepared = new();

    public ConvLayer(float[] weight, float[]? bias, int outChannels, int inChannelsPerGroup, int kernel, int stride, Padding padding, int groups = 1)
    {
        _weightShape = new TensorShape(outChannels, inChannelsPerGroup, kernel, kernel);
        if (weight.Length != _weightShape.Length) throw new ArgumentException($"weight has {weight.Length} values, expected {_weightShape}");
        _weight = weight;
        _bias = bias;
        _stride = stride;
        _groups = groups;
        _padding = padding;
    }

    public int OutChannels => _weightShape.N;

    /// <summary>y = act(conv(x) + b), from the context's allocator.</summary>
    public Tensor Forward(ComputeContext compute, Tensor input, Activation activation = default)
    {
        var (top, bottom) = PaddingMath.Of(_padding, input.Shape.H, _weightShape.H, _stride);
        var (left, right) = PaddingMath.Of(_padding, input.Shape.W, _weightShape.W, _stride);
        var options = new Conv2dOptions(_stride, _stride, top, left, bottom, right, 1, 1, _groups);
        var layer = _prepared.GetOrAdd(options, o =>
            compute.PrepareConv2d(Tensor.FromArray(_weightShape, _weight),
                _bias is null ? null : Tensor.FromArray(new TensorShape(1, _bias.Length, 1, 1), _bias), o));
        return compute.Conv2d(input, layer, activation);
    }
}
