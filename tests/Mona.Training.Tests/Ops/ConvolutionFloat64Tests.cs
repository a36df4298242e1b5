using Mona.Tensors;
using Mona.Tensors.Ops;
using Mona.Training.Ops;
using Mona.Training.Tests.Support.Reference;
using static Mona.Training.Tests.Support.Float64GradientCheck;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

/// <summary>Convolutions and dense products: tape gradients against float64 central differences of the naive reference.</summary>
public sealed class ConvolutionFloat64Tests
{
    [Theory]
    [InlineData(2, 1, 1, 0, 2, 1, 1, 2)]
    [InlineData(1, 1, 1, 2, 2, 1, 1, 1)]
    [InlineData(1, 2, 0, 0, 0, 0, 2, 1)]
    public void Conv2d_StrideAsymmetricPaddingDilation_MatchesFloat64Reference(int strideH, int strideW, int padTop, int padLeft, int padBottom,
        int padRight, int dilationH, int dilationW)
    {
        var options = new Conv2dOptions(strideH, strideW, padTop, padLeft, padBottom, padRight, dilationH, dilationW);
        TensorShape xs = new(2, 3, 7, 5), ws = new(4, 3, 3, 2);
        CheckAgainstReference((t, v) => t.Conv2d(v[0], v[1], v[2], options),
            x => ConvolutionReference.Conv2d(x[0], xs, x[1], ws, x[2], options),
            [Uniform(xs.Length, 1), Uniform(ws.Length, 2), Uniform(4, 3)], [xs, ws, new(4, 1, 1, 1)]);
    }

    [Fact]
    public void Conv2d_Pointwise_MatchesFloat64Reference()
    {
        TensorShape xs = new(2, 5, 5, 3), ws = new(3, 5, 1, 1);
        CheckAgainstReference((t, v) => t.Conv2d(v[0], v[1], v[2], Conv2dOptions.Square()),
            x => ConvolutionReference.Conv2d(x[0], xs, x[1], ws, x[2], Conv2dOptions.Square()),
            [Uniform(xs.Length, 4), Uniform(ws.Length, 5), Uniform(3, 6)], [xs, ws, new(3, 1, 1, 1)]);
    }

    [Fact]
    public void Conv2d_TwoGroupsNoBias_MatchesFloat64Reference()
    {
        var options = Conv2dOptions.Square(pad: 1, groups: 2);
        TensorShape xs = new(2, 4, 5, 3), ws = new(6, 2, 3, 3);
        CheckAgainstReference((t, v) => t.Conv2d(v[0], v[1], null, options),
            x => ConvolutionReference.Conv2d(x[0], xs, x[1], ws, null, options),
            [Uniform(xs.Length, 7), Uniform(ws.Length, 8)], [xs, ws]);
    }

    [Fact]
    public void Conv2d_StrideOneManyChannelsEvenKernel_FlippedKernelDataGradientMatchesFloat64Reference()
    {
        // Stride 1, one group, ≥ 8 input channels, padding under the kernel: the data gradient takes
        // the flipped-kernel convolution path (FlippedKernelDataGradient), not col2im.
        var options = new Conv2dOptions(StrideH: 1, StrideW: 1, PadTop: 1, PadLeft: 2, PadBottom: 2, PadRight: 1);
        TensorShape xs = new(2, 9, 7, 5), ws = new(3, 9, 3, 4);
        CheckAgainstReference((t, v) => t.Conv2d(v[0], v[1], v[2], options),
            x => ConvolutionReference.Conv2d(x[0], xs, x[1], ws, x[2], options),
            [Uniform(xs.Length, 22), Uniform(ws.Length, 23), Uniform(3, 24)], [xs, ws, new(3, 1, 1, 1)]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Conv2d_Depthwise_MatchesFloat64Reference(int stride)
    {
        var options = new Conv2dOptions(StrideH: stride, StrideW: stride, PadTop: 1, PadLeft: 1, PadBottom: 0, PadRight: 1, Groups: 5);
        TensorShape xs = new(2, 5, 7, 5), ws = new(5, 1, 3, 3);
        CheckAgainstReference((t, v) => t.Conv2d(v[0], v[1], v[2], options),
            x => ConvolutionReference.Conv2d(x[0], xs, x[1], ws, x[2], options),
            [Uniform(xs.Length, 9), Uniform(ws.Length, 10), Uniform(5, 11)], [xs, ws, new(5, 1, 1, 1)]);
    }

    [Theory]
    [InlineData(2, 2, 1, 1, 1, 1, 1, 0, 1, 1)]
    [InlineData(2, 1, 0, 1, 1, 0, 1, 0, 1, 2)]
    [InlineData(1, 1, 1, 0, 0, 2, 0, 0, 2, 1)]
    public void ConvTranspose2d_StridePaddingOutputPaddingDilation_MatchesFloat64Reference(int strideH, int strideW, int padTop, int padLeft,
        int padBottom, int padRight, int outputPadH, int outputPadW, int dilationH, int dilationW)
    {
        var options = new ConvTranspose2dOptions(strideH, strideW, padTop, padLeft, padBottom, padRight, outputPadH, outputPadW, dilationH, dilationW);
        TensorShape xs = new(2, 3, 5, 3), ws = new(3, 2, 3, 3);
        CheckAgainstReference((t, v) => t.ConvTranspose2d(v[0], v[1], v[2], options),
            x => ConvolutionReference.ConvTranspose2d(x[0], xs, x[1], ws, x[2], options),
            [Uniform(xs.Length, 12), Uniform(ws.Length, 13), Uniform(2, 14)], [xs, ws, new(2, 1, 1, 1)]);
    }

    [Fact]
    public void Linear_WithBias_MatchesFloat64Reference()
    {
        TensorShape xs = new(3, 5, 3, 1), ws = new(7, 15, 1, 1);
        CheckAgainstReference((t, v) => t.Linear(v[0], v[1], v[2]),
            x => DenseReference.Linear(x[0], xs.N, x[1], ws.N, x[2]),
            [Uniform(xs.Length, 15), Uniform(ws.Length, 16), Uniform(7, 17)], [xs, ws, new(7, 1, 1, 1)]);
    }

    [Fact]
    public void Linear_NoBias_MatchesFloat64Reference()
    {
        TensorShape xs = new(2, 9, 1, 1), ws = new(5, 9, 1, 1);
        CheckAgainstReference((t, v) => t.Linear(v[0], v[1], null),
            x => DenseReference.Linear(x[0], xs.N, x[1], ws.N, null),
            [Uniform(xs.Length, 18), Uniform(ws.Length, 19)], [xs, ws]);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void MatMul_EachTransposeCombination_MatchesFloat64Reference(bool transposeA, bool transposeB)
    {
        // op(A) is 3×5 and op(B) is 5×7 per sample; stored shapes follow the transposes.
        var a = transposeA ? new TensorShape(2, 5, 1, 3) : new TensorShape(2, 3, 1, 5);
        var b = transposeB ? new TensorShape(2, 7, 1, 5) : new TensorShape(2, 5, 7, 1);
        CheckAgainstReference((t, v) => t.MatMul(v[0], transposeA, v[1], transposeB),
            x => DenseReference.MatMul(x[0], a, transposeA, x[1], b, transposeB),
            [Uniform(a.Length, 20), Uniform(b.Length, 21)], [a, b]);
    }
}
