using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Tensors;

namespace Mona.Nn.Tests.Faces.Shared;

/// <summary>
/// TF.js layouts and padding against a direct NHWC convolution written from TensorFlow's
/// definition (|mona − ref| ≤ 1e-4 + 1e-4·|ref|).
/// </summary>
public sealed class ConvLayerTests
{
    [Theory]
    [InlineData(8, 8, 3, 1)]
    [InlineData(8, 8, 3, 2)]
    [InlineData(7, 9, 3, 2)]
    [InlineData(6, 6, 1, 1)]
    public void Forward_HwioFilterWithSamePadding_MatchesTensorFlowDefinition(int height, int width, int kernel, int stride)
    {
        const int cin = 3, cout = 5;
        var random = new Random(kernel * 100 + stride * 10 + height);
        var filter = Random(random, kernel * kernel * cin * cout);
        var weights = new WeightSet("test", [new NamedWeight("w", [kernel, kernel, cin, cout], filter)]);
        var layer = new ConvLayer(TfWeights.Filter(weights, "w", kernel, kernel, cin, cout), null, cout, cin, kernel, stride, Padding.Same);
        var nhwc = Random(random, height * width * cin);
        var compute = new ComputeContext(threads: 1);
        using var input = Tensor.FromArray(new TensorShape(1, cin, height, width), ToNchw(nhwc, height, width, cin));

        using var output = layer.Forward(compute, input);

        var expected = SameConvolution(nhwc, height, width, cin, filter, kernel, cout, stride);
        int outH = (height + stride - 1) / stride, outW = (width + stride - 1) / stride;
        Assert.Equal(new TensorShape(1, cout, outH, outW), output.Shape);
        for (var y = 0; y < outH; y++)
            for (var x = 0; x < outW; x++)
                for (var o = 0; o < cout; o++)
                {
                    var reference = expected[(y * outW + x) * cout + o];
                    var actual = output.Span[(o * outH + y) * outW + x];
                    Assert.True(Math.Abs(actual - reference) <= 1e-4f + 1e-4f * Math.Abs(reference), $"({o}, {y}, {x}): {actual} vs {reference}");
                }
    }

    [Fact]
    public void Forward_DepthwiseFilter_ConvolvesEachChannelWithItsOwnKernel()
    {
        const int channels = 4, size = 6;
        var random = new Random(7);
        var filter = Random(random, 3 * 3 * channels);
        var weights = new WeightSet("test", [new NamedWeight("d", [3, 3, channels, 1], filter)]);
        var layer = new ConvLayer(TfWeights.DepthwiseFilter(weights, "d", 3, 3, channels), null, channels, 1, 3, 1, Padding.Same, groups: channels);
        var nhwc = Random(random, size * size * channels);
        using var input = Tensor.FromArray(new TensorShape(1, channels, size, size), ToNchw(nhwc, size, size, channels));

        using var output = layer.Forward(new ComputeContext(threads: 1), input);

        for (var c = 0; c < channels; c++)
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                {
                    var sum = 0f;
                    for (var ky = 0; ky < 3; ky++)
                        for (var kx = 0; kx < 3; kx++)
                        {
                            int iy = y + ky - 1, ix = x + kx - 1;
                            if (iy >= 0 && iy < size && ix >= 0 && ix < size)
                                sum += nhwc[(iy * size + ix) * channels + c] * filter[(ky * 3 + kx) * channels + c];
                        }
                    Assert.Equal(sum, output.Span[(c * size + y) * size + x], 4);
                }
    }

    /// <summary>TensorFlow "same": out = ⌈in/s⌉, pad_before = ⌊total/2⌋ with total = max((out − 1)·s + k − in, 0).</summary>
    private static float[] SameConvolution(float[] x, int h, int w, int cin, float[] filter, int k, int cout, int s)
    {
        int outH = (h + s - 1) / s, outW = (w + s - 1) / s;
        var padTop = Math.Max((outH - 1) * s + k - h, 0) / 2;
        var padLeft = Math.Max((outW - 1) * s + k - w, 0) / 2;
        var y = new float[outH * outW * cout];
        for (var oy = 0; oy < outH; oy++)
            for (var ox = 0; ox < outW; ox++)
                for (var o = 0; o < cout; o++)
                {
                    var sum = 0f;
                    for (var ky = 0; ky < k; ky++)
                        for (var kx = 0; kx < k; kx++)
                            for (var i = 0; i < cin; i++)
                            {
                                int iy = oy * s + ky - padTop, ix = ox * s + kx - padLeft;
                                if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                                sum += x[(iy * w + ix) * cin + i] * filter[((ky * k + kx) * cin + i) * cout + o];
                            }
                    y[(oy * outW + ox) * cout + o] = sum;
                }
        return y;
    }

    private static float[] ToNchw(float[] nhwc, int h, int w, int c)
    {
        var nchw = new float[nhwc.Length];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
                for (var ch = 0; ch < c; ch++)
                    nchw[(ch * h + y) * w + x] = nhwc[(y * w + x) * c + ch];
        return nchw;
    }

    private static float[] Random(Random random, int length) => [.. Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 2 - 1))];
}
