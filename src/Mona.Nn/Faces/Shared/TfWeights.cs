using Mona.Nn.Weights;

namespace Mona.Nn.Faces.Shared;

/// <summary>
/// Reads TF.js weights into the layouts Mona's ops take. TF.js stores convolution filters HWIO
/// (kh, kw, in, out), depthwise filters H×W×C×1 and dense kernels in×out; Mona wants OIHW,
/// C×1×KH×KW and out×in.
/// </summary>
internal static class TfWeights
{
    /// <summary>An HWIO filter as OIHW: dst[o, i, y, x] = src[((y·kw + x)·in + i)·out + o].</summary>
    public static float[] Filter(WeightSet weights, string name, int kh, int kw, int inChannels, int outChannels)
    {
        var src = weights.Get(name, kh, kw, inChannels, outChannels).Values;
        var dst = new float[src.Length];
        for (var o = 0; o < outChannels; o++)
            for (var i = 0; i < inChannels; i++)
                for (var y = 0; y < kh; y++)
                    for (var x = 0; x < kw; x++)
                        dst[((o * inChannels + i) * kh + y) * kw + x] = src[((y * kw + x) * inChannels + i) * outChannels + o];
        return dst;
    }

    /// <summary>A depthwise H×W×C×1 filter as C×1×KH×KW: dst[c, y, x] = src[(y·kw + x)·C + c].</summary>
    public static float[] DepthwiseFilter(WeightSet weights, string name, int kh, int kw, int channels)
    {
        var src = weights.Get(name, kh, kw, channels, 1).Values;
        var dst = new float[src.Length];
        for (var c = 0; c < channels; c++)
            for (var y = 0; y < kh; y++)
                for (var x = 0; x < kw; x++)
                    dst[(c * kh + y) * kw + x] = src[(y * kw + x) * channels + c];
        return dst;
    }

    /// <summary>A dense in×out kernel as out×in rows.</summary>
    public static float[] Dense(WeightSet weights, string name, int inFeatures, int outFeatures)
    {
        var src = weights.Get(name, inFeatures, outFeatures).Values;
        var dst = new float[src.Length];
        for (var o = 0; o < outFeatures; o++)
            for (var i = 0; i < inFeatures; i++)
                dst[o * inFeatures + i] = src[i * outFeatures + o];
        return dst;
    }

    /// <summary>A vector of <paramref name="length"/> values.</summary>
    public static float[] Vector(WeightSet weights, string name, int length) => weights.Get(name, length).Values;

    /// <summary>
    /// Folds a per-output-channel affine y·scale + shift into the convolution before it:
    /// w'[o] = w[o]·scale[o], b'[o] = b[o]·scale[o] + shift[o] (in place on copies).
    /// </summary>
    public static (float[] Filter, float[] Bias) FoldScale(float[] filter, float[]? bias, float[] scale, float[] shift)
    {
        var outChannels = scale.Length;
        var perChannel = filter.Length / outChannels;
        var w = (float[])filter.Clone();
        var b = new float[outChannels];
        for (var o = 0; o < outChannels; o++)
        {
            for (var k = 0; k < perChannel; k++) w[o * perChannel + k] *= scale[o];
            b[o] = (bias is null ? 0f : bias[o]) * scale[o] + shift[o];
        }
        return (w, b);
    }
}
