using Mona.Kernels.Normalization;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Normalization;

/// <summary>Instance norm against ONNX InstanceNormalization; tolerance as for AdaIN (2e-5 + 1e-4·|ref|).</summary>
public sealed class InstanceNormCpuTests
{
    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(2, 3, 7, 5)]
    [InlineData(2, 17, 19, 23)]
    [InlineData(1, 5, 128, 128)]
    public void Forward_RandomInput_MatchesOnnxInstanceNormalization(int n, int c, int h, int w)
    {
        var x = TestData.Uniform(n * c * h * w, seed: 81 + w, lo: -2f, hi: 4f);
        var scale = TestData.Uniform(c, seed: 82, lo: 0.5f, hi: 2f);
        var bias = TestData.Uniform(c, seed: 83);
        var graph = new OnnxGraph().Constant("scale", scale, c).Constant("bias", bias, c);
        var expected = OnnxOps.Run(graph, "InstanceNormalization", ["x", "scale", "bias"], x, [n, c, h, w], ("epsilon", 1e-3f));

        var y = new float[x.Length];
        InstanceNormCpu.Forward(x, n, c, h * w, scale, bias, 1e-3f, y, threads: 2);

        Close.Assert(expected, y, atol: 2e-5f, rtol: 1e-4f, $"instance norm {n}×{c}×{h}×{w}");
    }

    [Fact]
    public void Forward_NoScaleNoBias_GivesZeroMeanUnitVariancePlanes()
    {
        const int plane = 37;
        var x = TestData.Uniform(4 * plane, seed: 84, lo: 3f, hi: 9f);
        var y = new float[x.Length];
        InstanceNormCpu.Forward(x, 2, 2, plane, [], [], 0f, y, threads: 1);
        for (var p = 0; p < 4; p++)
        {
            var values = y.AsSpan(p * plane, plane).ToArray();
            var mean = values.Average();
            var variance = values.Select(v => (v - mean) * (v - mean)).Average();
            Assert.InRange(mean, -1e-5, 1e-5);
            Assert.InRange(variance, 1 - 1e-4, 1 + 1e-4);
        }
    }
}
