using ILGPU;
using ILGPU.Runtime;
using Mona.Kernels.CuDnn;

namespace Mona.GpuCheck;

/// <summary>cuDNN convolutions on ILGPU buffers against the scalar reference.</summary>
internal sealed class ConvolutionChecks(CuDnnContext cudnn)
{
    private static readonly (string Name, ConvolutionGeometry Geometry, bool Bias, CuDnnMathMode Math, float Atol, float Rtol)[] Cases =
    [
        // fp32: FFT/Winograd transforms lose a few ulps of the largest output; indexing errors are far larger
        ("conv 3x3 pad1 bias fp32", new ConvolutionGeometry(1, 16, 20, 20, 24, 3, 3, PadH: 1, PadW: 1), true, CuDnnMathMode.Fp32, 5e-4f, 1e-3f),
        ("conv 3x3 stride2 dilation2 groups4 fp32", new ConvolutionGeometry(2, 8, 17, 15, 12, 3, 3, 2, 2, 2, 2, 2, 2, 4), false, CuDnnMathMode.Fp32, 5e-4f, 1e-3f),
        ("conv 1x1 fp32", new ConvolutionGeometry(1, 64, 16, 16, 32, 1, 1), true, CuDnnMathMode.Fp32, 5e-4f, 1e-3f),
        // TF32 rounds product operands to 10 mantissa bits: ~1e-3 relative per term over 576 terms
        ("conv 3x3 pad1 tf32", new ConvolutionGeometry(1, 64, 16, 16, 32, 3, 3, PadH: 1, PadW: 1), true, CuDnnMathMode.AllowTf32, 3e-2f, 1e-2f),
    ];

    public IEnumerable<CheckResult> Run()
    {
        foreach (var (name, geometry, bias, math, atol, rtol) in Cases)
        {
            CheckResult result;
            try
            {
                result = Check(name, geometry, bias, math, atol, rtol);
            }
            catch (Exception exception)
            {
                result = CheckResult.Error(name, exception);
            }
            yield return result;
        }
    }

    private CheckResult Check(string name, ConvolutionGeometry g, bool withBias, CuDnnMathMode math, float atol, float rtol)
    {
        var accelerator = cudnn.Accelerator;
        var x = RandomData.Uniform(g.InputLength, seed: 11);
        var w = RandomData.Uniform(g.WeightLength, seed: 12, lo: -0.3f, hi: 0.3f);
        var bias = withBias ? RandomData.Uniform(g.OutputChannels, seed: 13) : null;
        using var dx = accelerator.Allocate1D(x);
        using var dw = accelerator.Allocate1D(w);
        using var db = accelerator.Allocate1D(bias ?? []);
        using var dy = accelerator.Allocate1D<float>(g.OutputLength);
        var plan = cudnn.Convolution(g, math);
        plan.Forward(dx.View, dw.View, db.View, dy.View);
        accelerator.Synchronize();
        var expected = ScalarConvolution.Forward(g, x, w, bias);
        return CheckResult.Compare($"{name} ({plan.Algorithm}) vs scalar reference", expected, dy.GetAsArray1D(), atol, rtol);
    }
}
