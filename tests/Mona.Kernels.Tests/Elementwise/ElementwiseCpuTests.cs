using Mona.Kernels.Elementwise;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Elementwise;

/// <summary>
/// Add/Sub/Mul/Div against the ONNX ops of the same names with NumPy broadcasting of the right
/// operand (same shape, N×C×1×1, 1×C×1×1, scalar). Both sides do one IEEE operation per element,
/// so results are exact.
/// </summary>
public sealed class ElementwiseCpuTests
{
    public static TheoryData<BinaryOp, int, int, int, int> Cases()
    {
        var data = new TheoryData<BinaryOp, int, int, int, int>();
        foreach (var op in Enum.GetValues<BinaryOp>())
        {
            data.Add(op, 1, 1, 1, 1);
            data.Add(op, 2, 3, 7, 5);
            data.Add(op, 2, 17, 65, 67);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AllBroadcasts_RandomInput_MatchOnnx(BinaryOp op, int n, int c, int h, int w)
    {
        var a = TestData.Uniform(n * c * h * w, seed: 111 + w);
        var b = Divisor(n * c * h * w, 112);
        var perSample = Divisor(n * c, 113);
        var perChannel = Divisor(c, 114);
        var y = new float[a.Length];

        ElementwiseCpu.Apply(op, a, b, y, threads: 2);
        Close.Assert(Oracle(op, a, b, [n, c, h, w], [n, c, h, w]), y, 0f, 0f, $"{op} same shape");

        ElementwiseCpu.ApplyPerChannel(op, a, n, c, h * w, perSample, y, threads: 2);
        Close.Assert(Oracle(op, a, perSample, [n, c, h, w], [n, c, 1, 1]), y, 0f, 0f, $"{op} N×C×1×1");

        ElementwiseCpu.ApplyPerChannel(op, a, n, c, h * w, perChannel, y, threads: 2);
        Close.Assert(Oracle(op, a, perChannel, [n, c, h, w], [1, c, 1, 1]), y, 0f, 0f, $"{op} 1×C×1×1");

        ElementwiseCpu.ApplyScalar(op, a, 0.37f, y, threads: 2);
        Close.Assert(Oracle(op, a, [0.37f], [n, c, h, w], [1]), y, 0f, 0f, $"{op} scalar");
    }

    [Fact]
    public void Apply_LengthMismatch_ThrowsNamingBothLengths()
    {
        var error = Assert.Throws<ArgumentException>(() => ElementwiseCpu.Apply(BinaryOp.Add, new float[5], new float[4], new float[5], 1));
        Assert.Contains("5 and 4", error.Message);
    }

    /// <summary>Values in ±[0.5, 2]: no division by (nearly) zero.</summary>
    private static float[] Divisor(int length, int seed) =>
        TestData.Uniform(length, seed, 0.5f, 2f).Select((v, i) => i % 2 == 0 ? v : -v).ToArray();

    private static float[] Oracle(BinaryOp op, float[] a, float[] b, int[] aDims, int[] bDims)
    {
        var name = op switch { BinaryOp.Add => "Add", BinaryOp.Subtract => "Sub", BinaryOp.Multiply => "Mul", _ => "Div" };
        var graph = new OnnxGraph().Constant("b", b, bDims.Select(d => (long)d).ToArray());
        return OnnxOps.Run(graph, name, ["x", "b"], a, aDims);
    }
}
