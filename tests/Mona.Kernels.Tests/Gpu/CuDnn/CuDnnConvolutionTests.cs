using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;
using Mona.Kernels.CuDnn;
using Mona.Kernels.Tests.Gpu.Support;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Gpu.CuDnn;

/// <summary>cuDNN convolution through ILGPU buffers against the double-precision direct convolution.</summary>
public sealed class CuDnnConvolutionTests
{
    private static float[] Run(ConvolutionGeometry g, float[] x, float[] w, float[]? bias, CuDnnMathMode math, CuDnnAlgorithmSearch search)
    {
        using var device = TestAccelerator.Cuda();
        var accelerator = (CudaAccelerator)device.Accelerator;
        using var cudnn = new CuDnnContext(accelerator, search);
        using var input = accelerator.Allocate1D(x);
        using var weights = accelerator.Allocate1D(w);
        using var b = accelerator.Allocate1D(bias ?? []);
        using var output = accelerator.Allocate1D<float>(g.OutputLength);
        cudnn.Convolution(g, math).Forward(input.View, weights.View, b.View, output.View);
        accelerator.Synchronize();
        return output.GetAsArray1D();
    }

    // fp32 tolerance: the benchmark may pick FFT or Winograd, whose transforms lose a few ulps of the
    // largest |output| (~2 here); 5e-4 + 1e-3·|ref| allows that and still catches any indexing error.
    private static void Check(ConvolutionGeometry g, bool withBias, CuDnnMathMode math, CuDnnAlgorithmSearch search, float atol, float rtol)
    {
        var x = TestData.Uniform((int)g.InputLength, seed: 31);
        var w = TestData.Uniform((int)g.WeightLength, seed: 32, lo: -0.3f, hi: 0.3f);
        var bias = withBias ? TestData.Uniform(g.OutputChannels, seed: 33) : null;
        var expected = ScalarReference.Conv2d(x, g.Batch, g.InputChannels, g.Height, g.Width, w, g.OutputChannels, g.KernelHeight,
            g.KernelWidth, bias, g.PadH, g.StrideH, g.DilationH, g.Groups, out _, out _);
        Close.Assert(expected, Run(g, x, w, bias, math, search), atol, rtol, $"cuDNN {g} {math} {search}");
    }

    [CuDnnFact]
    public void Forward_3x3Pad1WithBias_MatchesReference() =>
        Check(new ConvolutionGeometry(2, 5, 9, 8, 6, 3, 3, PadH: 1, PadW: 1), true, CuDnnMathMode.Fp32, CuDnnAlgorithmSearch.Benchmark, 5e-4f, 1e-3f);

    [CuDnnFact]
    public void Forward_StrideDilationGroups_MatchesReference() =>
        Check(new ConvolutionGeometry(1, 4, 11, 10, 6, 3, 3, PadH: 2, PadW: 2, StrideH: 2, StrideW: 2, DilationH: 2, DilationW: 2, Groups: 2),
            false, CuDnnMathMode.Fp32, CuDnnAlgorithmSearch.Heuristic, 5e-4f, 1e-3f);

    [CuDnnFact]
    public void Forward_AllowTf32_MatchesWithinTf32Rounding()
    {
        // TF32 keeps 10 mantissa bits of each product operand: relative error ≈ 2⁻¹¹ per term, ~1e-3 on these sums
        Check(new ConvolutionGeometry(1, 32, 12, 12, 16, 3, 3, PadH: 1, PadW: 1), true, CuDnnMathMode.AllowTf32, CuDnnAlgorithmSearch.Benchmark, 2e-2f, 1e-2f);
    }

    [CuDnnFact]
    public void Convolution_SameGeometryTwice_ReusesPlanAndAlgorithm()
    {
        using var device = TestAccelerator.Cuda();
        using var cudnn = new CuDnnContext((CudaAccelerator)device.Accelerator);
        var geometry = new ConvolutionGeometry(1, 8, 16, 16, 8, 3, 3, PadH: 1, PadW: 1);
        var first = cudnn.Convolution(geometry);
        Assert.Same(first, cudnn.Convolution(geometry));
        Assert.NotSame(first, cudnn.Convolution(geometry, CuDnnMathMode.AllowTf32));
        Assert.True(cudnn.Version >= 90000, $"expected cuDNN 9, got version {cudnn.Version}");
    }

    [CuDnnFact]
    public void Forward_InputLengthWrong_ThrowsNamingTheBuffer()
    {
        using var device = TestAccelerator.Cuda();
        using var cudnn = new CuDnnContext((CudaAccelerator)device.Accelerator);
        var geometry = new ConvolutionGeometry(1, 2, 4, 4, 2, 3, 3, PadH: 1, PadW: 1);
        using var small = device.Accelerator.Allocate1D<float>(5);
        using var w = device.Accelerator.Allocate1D<float>(geometry.WeightLength);
        using var y = device.Accelerator.Allocate1D<float>(geometry.OutputLength);
        var error = Assert.Throws<ArgumentException>(() => cudnn.Convolution(geometry).Forward(small.View, w.View, default, y.View));
        Assert.Contains("input holds 5 floats", error.Message);
    }
}
