using Mona.Kernels.CuDnn;

namespace Mona.Kernels.Tests.Gpu.CuDnn;

/// <summary>The shape arithmetic the cuDNN plan checks its buffers against.</summary>
public sealed class ConvolutionGeometryTests
{
    [Fact]
    public void OutputSize_StridePadDilation_FollowsPyTorchFormula()
    {
        // PyTorch: floor((H + 2p − d(k − 1) − 1)/s) + 1 → (17 + 2 − 4 − 1)/2 + 1 = 8; (10 + 2 − 2 − 1)/1 + 1 = 10
        var geometry = new ConvolutionGeometry(2, 4, 17, 10, 6, 3, 3, PadH: 1, PadW: 1, StrideH: 2, StrideW: 1, DilationH: 2, DilationW: 1, Groups: 2);
        Assert.Equal(8, geometry.OutputHeight);
        Assert.Equal(10, geometry.OutputWidth);
        Assert.Equal(6L * 2 * 3 * 3, geometry.WeightLength);
        Assert.Equal(2L * 6 * 8 * 10, geometry.OutputLength);
    }

    [Fact]
    public void Validate_ChannelsNotDivisibleByGroups_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ConvolutionGeometry(1, 6, 8, 8, 4, 3, 3, Groups: 4).Validate());
        Assert.Contains("not divisible by 4 groups", error.Message);
    }

    [Fact]
    public void Validate_KernelLargerThanPaddedInput_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ConvolutionGeometry(1, 1, 2, 2, 1, 5, 5).Validate());
        Assert.Contains("does not fit", error.Message);
    }
}
