using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Tensors;

namespace Mona.Nn.Faces.Recognition;

/// <summary>
/// face-api's recognition conv layer: conv + bias, then a per-channel scale layer
/// (y·weights + biases), folded into the convolution.
/// </summary>
internal static class ScaledConv
{
    public static FoldedConv Fold(WeightSet weights, string prefix, int kernel, int inChannels, int outChannels, int stride, Padding padding)
    {
        var filter = TfWeights.Filter(weights, $"{prefix}/conv/filters", kernel, kernel, inChannels, outChannels);
        var bias = TfWeights.Vector(weights, $"{prefix}/conv/bias", outChannels);
        var scale = TfWeights.Vector(weights, $"{prefix}/scale/weights", outChannels);
        var shift = TfWeights.Vector(weights, $"{prefix}/scale/biases", outChannels);
        var (w, b) = TfWeights.FoldScale(filter, bias, scale, shift);
        return new FoldedConv(w, b, outChannels, inChannels, kernel, stride) { Padding = padding };
    }
}
