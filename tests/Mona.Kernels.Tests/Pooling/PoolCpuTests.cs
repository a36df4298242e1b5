using Mona.Kernels.Pooling;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Pooling;

/// <summary>
/// Pooling against ONNX MaxPool / AveragePool (count_include_pad 0) / GlobalAveragePool /
/// GlobalMaxPool. Max is exact; averages differ only in summation order (1e-6 + 1e-5·|ref|).
/// </summary>
public sealed class PoolCpuTests
{
    public static TheoryData<int, int, int, int, int, int, int, int, int, int> Windows() => new()
    {
        // n, c, h, w, kernelH, kernelW, stride, padTop, padLeft, padBottom (padRight = padLeft)
        { 1, 1, 1, 1, 1, 1, 1, 0, 0, 0 },
        { 2, 3, 7, 5, 2, 2, 2, 0, 0, 0 },
        { 2, 5, 9, 11, 3, 3, 2, 1, 1, 1 },
        { 1, 17, 16, 19, 3, 3, 1, 1, 1, 1 },
        { 1, 3, 13, 37, 3, 5, 1, 0, 2, 2 },
        { 2, 2, 8, 8, 4, 3, 3, 1, 2, 0 },
        { 1, 3, 6, 67, 2, 2, 2, 0, 0, 0 },
        { 2, 5, 33, 41, 2, 2, 2, 0, 0, 0 },
        { 2, 4, 9, 70, 3, 3, 2, 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void MaxAndAverage_RandomInput_MatchOnnxPools(int n, int c, int h, int w, int kh, int kw, int stride, int top, int left, int bottom)
    {
        var options = new Pool2dOptions(kh, kw, stride, stride, top, left, bottom, left);
        var x = TestData.Uniform(n * c * h * w, seed: 91 + h);
        var attributes = new (string, object)[]
        {
            ("kernel_shape", new long[] { kh, kw }), ("strides", new long[] { stride, stride }),
            ("pads", new long[] { top, left, bottom, left }),
        };
        var y = new float[n * c * options.OutputHeight(h) * options.OutputWidth(w)];

        PoolCpu.Forward(PoolKind.Max, x, n, c, h, w, options, y, threads: 2);
        Close.Assert(OnnxOps.Unary("MaxPool", x, [n, c, h, w], attributes), y, 0f, 0f, "max pool");

        PoolCpu.Forward(PoolKind.Average, x, n, c, h, w, options, y, threads: 2);
        Close.Assert(OnnxOps.Unary("AveragePool", x, [n, c, h, w], attributes), y, 1e-6f, 1e-5f, "average pool");
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(2, 5, 7, 5)]
    [InlineData(2, 17, 33, 31)]
    public void Global_RandomInput_MatchesOnnxGlobalPools(int n, int c, int h, int w)
    {
        var x = TestData.Uniform(n * c * h * w, seed: 92, lo: -3f, hi: 1f);
        var y = new float[n * c];

        PoolCpu.Global(PoolKind.Average, x, n, c, h * w, y, threads: 2);
        Close.Assert(OnnxOps.Unary("GlobalAveragePool", x, [n, c, h, w]), y, 1e-6f, 1e-5f, "global average");

        PoolCpu.Global(PoolKind.Max, x, n, c, h * w, y, threads: 2);
        Close.Assert(OnnxOps.Unary("GlobalMaxPool", x, [n, c, h, w]), y, 0f, 0f, "global max");
    }

    [Fact]
    public void Forward_PaddingAsLargeAsKernel_ThrowsExplainingPadding()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PoolCpu.Forward(PoolKind.Max, new float[16], 1, 1, 4, 4, Pool2dOptions.Square(2, 1, pad: 2), new float[64], 1));
        Assert.Contains("padding", error.Message);
    }
}
