using Mona.Kernels.Concat;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Concat;

/// <summary>Channel concatenation against ONNX Concat (axis 1); a copy, so exact.</summary>
public sealed class ConcatCpuTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 7, 5)]
    [InlineData(2, 16, 17)]
    public void Channels_ThreeInputs_MatchOnnxConcat(int n, int h, int w)
    {
        int[] channels = [3, 1, 5];
        var inputs = channels.Select((c, i) => TestData.Uniform(n * c * h * w, seed: 121 + i)).ToArray();
        var graph = new OnnxGraph()
            .Constant("b", inputs[1], n, channels[1], h, w)
            .Constant("c", inputs[2], n, channels[2], h, w);
        var expected = OnnxOps.Run(graph, "Concat", ["x", "b", "c"], inputs[0], [n, channels[0], h, w], ("axis", 1L));

        var y = new float[n * channels.Sum() * h * w];
        ConcatCpu.Channels(inputs.Select(a => (ReadOnlyMemory<float>)a).ToArray(), channels, n, h * w, y);

        Assert.Equal(expected, y);
    }

    [Fact]
    public void Channels_InputOfWrongLength_ThrowsNamingTheInput()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ConcatCpu.Channels([new float[4], new float[3]], [1, 1], 1, 4, new float[8]));
        Assert.Contains("input 1", error.Message);
    }
}
