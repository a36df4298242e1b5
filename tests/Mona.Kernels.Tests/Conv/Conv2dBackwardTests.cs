using Mona.Kernels.Conv;
using Mona.Kernels.Tests.Gemm;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Conv;

/// <summary>
/// Conv2dBackward's stride-1 paths (dX as a flipped-kernel forward convolution, dW as dot products
/// along shifted input rows) against a direct float64 sum over the definition, and against the
/// general GEMM + col2im path they replace, on odd shapes: channels 3, 5, 17, images 7×5 and
/// 13×11, batch 2, kernels 1, 3, 4, 5, asymmetric padding, gradients that already hold values
/// (the passes add); the row-dot weight gradient also with strides and dilation (grouped layers keep
/// the GEMM). The data gradient of strided, dilated, grouped or fewer-than-8-channel layers takes
/// the general path (its fast path is run directly here on the small-channel shapes).
/// Tolerance: K = C·KH·KW (dX: O·KH·KW; dW: N·OH·OW) fp32 products of values in [−1, 1], summed in
/// another order than the reference, so |Δ| ≤ 1e-5·√K + 1e-5·|ref| (as for the SGEMM).
/// </summary>
public sealed class Conv2dBackwardTests
{
    public static TheoryData<ConvGeometry> StrideOneCases() =>
    [
        new(2, 3, 7, 5, 4, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        new(2, 5, 13, 11, 7, 1, 1),
        new(2, 17, 13, 11, 9, 4, 4, PadTop: 1, PadLeft: 2, PadBottom: 2, PadRight: 1),
        new(2, 5, 7, 5, 17, 5, 5, PadTop: 2, PadLeft: 2, PadBottom: 2, PadRight: 2),
        new(2, 3, 13, 11, 5, 3, 3, PadTop: 0, PadLeft: 1, PadBottom: 2, PadRight: 0),
        new(2, 17, 7, 5, 3, 3, 4, PadTop: 2, PadLeft: 0, PadBottom: 1, PadRight: 3),
        new(2, 16, 13, 16, 32, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        // 100 rows of 96 (OW 90 rounded up) cut the weight gradient's sweep into bands of rows.
        new(1, 2, 100, 90, 3, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
    ];

    [Theory]
    [MemberData(nameof(StrideOneCases))]
    public void Data_StrideOne_MatchesDirectSumAndGemmPath(ConvGeometry g)
    {
        // Run directly: the dispatcher sends fewer than 8 input channels to the general path.
        Assert.Equal(g.InChannels >= 8, FlippedKernelDataGradient.Supports(g));
        var (_, w, dy) = Operands(g);
        var start = TestData.Uniform((int)g.InputLength, seed: 34);
        var fast = (float[])start.Clone();
        FlippedKernelDataGradient.Run(dy, w, fast, g, threads: 2);
        var dispatched = (float[])start.Clone();
        Conv2dBackward.Data(dy, w, dispatched, g, threads: 2);
        var general = (float[])start.Clone();
        Conv2dBackward.DataByColumns(dy, w, general, g, threads: 2);

        var expected = DirectData(g, w, dy, start);
        var tolerance = SgemmTests.Tolerance(g.OutChannels * g.KernelH * g.KernelW);
        Close.Assert(expected, fast, tolerance, 1e-5f, $"fast dX {g}");
        Close.Assert(expected, dispatched, tolerance, 1e-5f, $"dispatched dX {g}");
        Close.Assert(expected, general, tolerance, 1e-5f, $"general dX {g}");
    }

    [Theory]
    [MemberData(nameof(StrideOneCases))]
    public void Weight_StrideOne_MatchesDirectSumAndGemmPath(ConvGeometry g)
    {
        Assert.True(PixelDotWeightGradient.Supports(g));
        var (x, _, dy) = Operands(g);
        var start = TestData.Uniform((int)g.WeightLength, seed: 35);
        var fast = (float[])start.Clone();
        var bias = new float[g.OutChannels];
        Conv2dBackward.Weight(x, dy, fast, bias, g, threads: 2);
        var general = (float[])start.Clone();
        Conv2dBackward.WeightByColumns(x, dy, general, g, threads: 2);

        var expected = DirectWeight(g, x, dy, start);
        var tolerance = SgemmTests.Tolerance(g.Batch * g.OutHeight * g.OutWidth);
        Close.Assert(expected, fast, tolerance, 1e-5f, $"fast dW {g}");
        Close.Assert(expected, general, tolerance, 1e-5f, $"general dW {g}");
        var pixels = g.OutHeight * g.OutWidth;
        for (var o = 0; o < g.OutChannels; o++)
        {
            double sum = 0;
            for (var n = 0; n < g.Batch; n++)
            for (var p = 0; p < pixels; p++) sum += dy[(n * g.OutChannels + o) * pixels + p];
            Assert.Equal(sum, bias[o], 1e-4);
        }
    }

    [Fact]
    public void DataAndWeight_PaddingWiderThanKernel_DataFallsBackBothMatchDirectSum()
    {
        var g = new ConvGeometry(2, 9, 7, 5, 6, 1, 1, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1);
        Assert.False(FlippedKernelDataGradient.Supports(g));
        Assert.True(PixelDotWeightGradient.Supports(g));
        var (x, w, dy) = Operands(g);
        var dx = new float[g.InputLength];
        var dw = new float[g.WeightLength];
        Conv2dBackward.Data(dy, w, dx, g, threads: 2);
        Conv2dBackward.Weight(x, dy, dw, default, g, threads: 2);
        Close.Assert(DirectData(g, w, dy, new float[g.InputLength]), dx, SgemmTests.Tolerance(6), 1e-5f, "dX");
        Close.Assert(DirectWeight(g, x, dy, new float[g.WeightLength]), dw, SgemmTests.Tolerance(2 * 9 * 7), 1e-5f, "dW");
    }

    public static TheoryData<ConvGeometry> GeneralCases() =>
    [
        new(2, 5, 13, 11, 7, 3, 3, StrideH: 2, StrideW: 2, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
        new(2, 3, 13, 11, 4, 3, 3, StrideH: 1, StrideW: 2, PadTop: 1, PadLeft: 0, PadBottom: 0, PadRight: 1),
        new(2, 5, 13, 11, 6, 3, 3, PadTop: 2, PadLeft: 2, PadBottom: 2, PadRight: 2, DilationH: 2, DilationW: 2),
        new(2, 4, 7, 5, 6, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Groups: 2),
        new(2, 5, 7, 5, 5, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1, Groups: 5),
        new(2, 17, 13, 11, 9, 4, 4, StrideH: 2, StrideW: 2, PadTop: 1, PadLeft: 2, PadBottom: 2, PadRight: 1),
        new(2, 3, 13, 11, 5, 5, 3, StrideH: 3, StrideW: 2, PadTop: 2, PadLeft: 0, PadBottom: 1, PadRight: 2, DilationH: 1, DilationW: 2),
        new(2, 5, 7, 5, 4, 1, 1, StrideH: 2, StrideW: 2),
    ];

    [Theory]
    [MemberData(nameof(GeneralCases))]
    public void DataAndWeight_StridedDilatedOrGrouped_MatchDirectSum(ConvGeometry g)
    {
        // dX takes the general path; dW takes the row-dot path unless grouped.
        Assert.False(FlippedKernelDataGradient.Supports(g));
        Assert.Equal(g.Groups == 1, PixelDotWeightGradient.Supports(g));
        var (x, w, dy) = Operands(g);
        var dx = new float[g.InputLength];
        var dw = new float[g.WeightLength];
        var general = new float[g.WeightLength];
        Conv2dBackward.Data(dy, w, dx, g, threads: 2);
        Conv2dBackward.Weight(x, dy, dw, default, g, threads: 2);
        Conv2dBackward.WeightByColumns(x, dy, general, g, threads: 2);
        Close.Assert(DirectData(g, w, dy, new float[g.InputLength]), dx, SgemmTests.Tolerance(g.GroupOutChannels * 9), 1e-5f, $"dX {g}");
        var expected = DirectWeight(g, x, dy, new float[g.WeightLength]);
        Close.Assert(expected, dw, SgemmTests.Tolerance(g.Batch * g.OutHeight * g.OutWidth), 1e-5f, $"dW {g}");
        Close.Assert(expected, general, SgemmTests.Tolerance(g.Batch * g.OutHeight * g.OutWidth), 1e-5f, $"general dW {g}");
    }

    [Fact]
    public void DataAndWeight_StrideOneRepeatedAndOtherThreadCount_BitwiseEqual()
    {
        var g = new ConvGeometry(2, 17, 13, 11, 9, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1);
        var (x, w, dy) = Operands(g);
        float[] Data(int threads)
        {
            var dx = new float[g.InputLength];
            Conv2dBackward.Data(dy, w, dx, g, threads);
            return dx;
        }
        float[] Weight(int threads)
        {
            var dw = new float[g.WeightLength];
            Conv2dBackward.Weight(x, dy, dw, default, g, threads);
            return dw;
        }
        Assert.Equal(Data(2), Data(2));
        Assert.Equal(Weight(2), Weight(2));
        Assert.Equal(Weight(1), Weight(2));
    }

    private static (float[] X, float[] W, float[] Dy) Operands(ConvGeometry g) =>
        (TestData.Uniform((int)g.InputLength, seed: 31), TestData.Uniform((int)g.WeightLength, seed: 32),
            TestData.Uniform((int)g.OutputLength, seed: 33));

    /// <summary>Calls visit(input index, weight index, output index) for every product term of the convolution.</summary>
    private static void ForEachTerm(ConvGeometry g, Action<int, int, int> visit)
    {
        int gi = g.GroupInChannels, go = g.GroupOutChannels;
        for (var n = 0; n < g.Batch; n++)
        for (var o = 0; o < g.OutChannels; o++)
        for (var oy = 0; oy < g.OutHeight; oy++)
        for (var ox = 0; ox < g.OutWidth; ox++)
        for (var ci = 0; ci < gi; ci++)
        for (var ky = 0; ky < g.KernelH; ky++)
        for (var kx = 0; kx < g.KernelW; kx++)
        {
            int iy = oy * g.StrideH - g.PadTop + ky * g.DilationH, ix = ox * g.StrideW - g.PadLeft + kx * g.DilationW;
            if ((uint)iy >= (uint)g.Height || (uint)ix >= (uint)g.Width) continue;
            var c = o / go * gi + ci;
            visit(((n * g.InChannels + c) * g.Height + iy) * g.Width + ix, ((o * gi + ci) * g.KernelH + ky) * g.KernelW + kx,
                ((n * g.OutChannels + o) * g.OutHeight + oy) * g.OutWidth + ox);
        }
    }

    private static float[] DirectData(ConvGeometry g, float[] w, float[] dy, float[] start)
    {
        var sum = start.Select(v => (double)v).ToArray();
        ForEachTerm(g, (i, k, o) => sum[i] += (double)w[k] * dy[o]);
        return sum.Select(v => (float)v).ToArray();
    }

    private static float[] DirectWeight(ConvGeometry g, float[] x, float[] dy, float[] start)
    {
        var sum = start.Select(v => (double)v).ToArray();
        ForEachTerm(g, (i, k, o) => sum[k] += (double)x[i] * dy[o]);
        return sum.Select(v => (float)v).ToArray();
    }
}
