using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;

namespace Mona.Nn.Faces.SsdMobilenetV1;

/// <summary>Builds the layers of face-api's SSD MobileNet V1 from its TF.js weights (batch norms folded into the convolutions).</summary>
internal static class MobileNetV1Weights
{
    // TF's batch-norm epsilon as stored in the graph (float32 0.001).
    private const float Epsilon = 0.0010000000474974513f;

    /// <summary>A 1×1 or 3×3 convolution + bias ("pointwise" layer: conv, add offset, clip 0..6).</summary>
    public static ConvLayer Pointwise(WeightSet weights, string prefix, int kernel, int inChannels, int outChannels, int stride)
    {
        var filter = TfWeights.Filter(weights, $"{prefix}/weights", kernel, kernel, inChannels, outChannels);
        var offset = TfWeights.Vector(weights, $"{prefix}/convolution_bn_offset", outChannels);
        return new ConvLayer(filter, offset, outChannels, inChannels, kernel, stride, Padding.Same);
    }

    /// <summary>
    /// A 3×3 depthwise convolution followed by batch norm, folded: with k = γ/√(σ² + ε),
    /// w' = w·k and b' = β − μ·k.
    /// </summary>
    public static ConvLayer Depthwise(WeightSet weights, int index, int channels, int stride)
    {
        var prefix = $"MobilenetV1/Conv2d_{index}_depthwise";
        var filter = TfWeights.DepthwiseFilter(weights, $"{prefix}/depthwise_weights", 3, 3, channels);
        var gamma = TfWeights.Vector(weights, $"{prefix}/BatchNorm/gamma", channels);
        var beta = TfWeights.Vector(weights, $"{prefix}/BatchNorm/beta", channels);
        var mean = TfWeights.Vector(weights, $"{prefix}/BatchNorm/moving_mean", channels);
        var variance = TfWeights.Vector(weights, $"{prefix}/BatchNorm/moving_variance", channels);
        var scale = new float[channels];
        var shift = new float[channels];
        for (var c = 0; c < channels; c++)
        {
            scale[c] = gamma[c] / MathF.Sqrt(variance[c] + Epsilon);
            shift[c] = beta[c] - mean[c] * scale[c];
        }
        var (w, b) = TfWeights.FoldScale(filter, null, scale, shift);
        return new ConvLayer(w, b, channels, 1, 3, stride, Padding.Same, groups: channels);
    }

    /// <summary>A box predictor's 1×1 convolution + bias (no activation).</summary>
    public static ConvLayer Predictor(WeightSet weights, string prefix, int inChannels, int outChannels)
    {
        var filter = TfWeights.Filter(weights, $"{prefix}/weights", 1, 1, inChannels, outChannels);
        var bias = TfWeights.Vector(weights, $"{prefix}/biases", outChannels);
        return new ConvLayer(filter, bias, outChannels, inChannels, 1, 1, Padding.Same);
    }
}
