using Mona.Kernels.Activations;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Activations;

/// <summary>
/// Activations against ONNX Relu, LeakyRelu, Sigmoid, Tanh over lengths that are not multiples of
/// any vector width (1, 15, 210) and one large enough to be split across threads at unaligned
/// chunk boundaries. Relu/LeakyRelu are exact; Sigmoid/Tanh use different polynomial
/// approximations in the two runtimes (2e-6 + 2e-6·|ref|, about 16 ulps near 1).
/// </summary>
public sealed class ActivationCpuTests
{
    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(1, 1, 3, 5)]
    [InlineData(2, 3, 7, 5)]
    [InlineData(1, 17, 129, 65)]
    public void Forward_EachActivation_MatchesOnnx(int n, int c, int h, int w)
    {
        int[] dims = [n, c, h, w];
        var x = TestData.Uniform(n * c * h * w, seed: 101 + w, lo: -12f, hi: 12f);
        var y = new float[x.Length];

        ActivationCpu.Forward(Activation.Relu, x, y, threads: 2);
        Close.Assert(OnnxOps.Unary("Relu", x, dims), y, 0f, 0f, "relu");

        ActivationCpu.Forward(Activation.LeakyRelu, x, y, threads: 2, alpha: 0.2f);
        Close.Assert(OnnxOps.Unary("LeakyRelu", x, dims, ("alpha", 0.2f)), y, 0f, 0f, "leaky relu");

        ActivationCpu.Forward(Activation.Sigmoid, x, y, threads: 2);
        Close.Assert(OnnxOps.Unary("Sigmoid", x, dims), y, 2e-6f, 2e-6f, "sigmoid");

        ActivationCpu.Forward(Activation.Tanh, x, y, threads: 2);
        Close.Assert(OnnxOps.Unary("Tanh", x, dims), y, 2e-6f, 2e-6f, "tanh");
    }

    [Fact]
    public void Forward_InPlace_MatchesSeparateOutput()
    {
        var x = TestData.Uniform(1001, seed: 102, lo: -3f, hi: 3f);
        var separate = new float[x.Length];
        ActivationCpu.Forward(Activation.LeakyRelu, x, separate, threads: 2, alpha: 0.1f);
        ActivationCpu.Forward(Activation.LeakyRelu, x, x, threads: 2, alpha: 0.1f);
        Assert.Equal(separate, x);
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(2, 3, 7, 5)]
    [InlineData(1, 17, 33, 31)]
    [InlineData(2, 5, 1, 1)]
    public void Softmax_ChannelAxis_MatchesOnnxSoftmax(int n, int c, int h, int w)
    {
        // Logits up to ±60: e^60 overflows float32, so the max subtraction is exercised.
        var x = TestData.Uniform(n * c * h * w, seed: 103 + c, lo: -60f, hi: 60f);
        var y = new float[x.Length];
        SoftmaxCpu.Channels(x, n, c, h * w, y, threads: 2);
        Close.Assert(OnnxOps.Unary("Softmax", x, [n, c, h, w], ("axis", 1L)), y, 1e-6f, 1e-5f, "softmax");
    }
}
