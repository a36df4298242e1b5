using ILGPU;
using ILGPU.Runtime;
using Mona.Kernels.CuDnn;
using Mona.Kernels.Gpu;
using Mona.Kernels.Warp;

namespace Mona.GpuCheck;

/// <summary>
/// The GPU benchmark cases of docs/ANCHORS.md: AdaIN, warp and 3×3 convolutions, each timed
/// with <see cref="GpuTimer"/>. Case names match tools/gpu/torch_bench.py.
/// </summary>
internal sealed class Benchmarks(GpuKernels kernels, CuDnnContext? cudnn, GpuTimer timer, int iterations)
{
    public static readonly (int N, int C, int H, int W)[] AdaInCases = [(1, 512, 16, 16), (8, 256, 32, 32), (1, 64, 128, 128)];
    public static readonly (int N, int C, int H, int W)[] WarpCases = [(1, 3, 256, 256), (1, 3, 512, 512), (1, 64, 64, 64)];
    public static readonly (int C, int K, int Size)[] ConvCases = [(64, 64, 128), (256, 256, 32), (512, 512, 16)];

    private Accelerator Accelerator => kernels.Accelerator;

    public IEnumerable<BenchResult> Run()
    {
        foreach (var shape in AdaInCases) yield return AdaIn(shape);
        foreach (var shape in WarpCases) yield return Warp(shape);
        if (cudnn is null) yield break;
        foreach (var shape in ConvCases)
        foreach (var math in new[] { CuDnnMathMode.Fp32, CuDnnMathMode.AllowTf32 })
            yield return Convolution(shape, math);
    }

    private BenchResult AdaIn((int N, int C, int H, int W) s)
    {
        var planes = s.N * s.C;
        using var x = Accelerator.Allocate1D(RandomData.Uniform((long)planes * s.H * s.W, seed: 21));
        using var gamma = Accelerator.Allocate1D(RandomData.Uniform(planes, seed: 22, lo: 0.5f, hi: 2f));
        using var beta = Accelerator.Allocate1D(RandomData.Uniform(planes, seed: 23));
        using var y = Accelerator.Allocate1D<float>(x.Length);
        var (median, min, wall) = timer.Time(() => kernels.AdaIn.Forward(x.View, s.N, s.C, s.H * s.W, gamma.View, beta.View, 1e-5f, y.View));
        return new BenchResult("adain", $"{s.N}x{s.C}x{s.H}x{s.W}", "", median, min, wall, iterations, $"fused, {kernels.AdaIn.GroupSize(s.H * s.W)} threads per plane");
    }

    private BenchResult Warp((int N, int C, int H, int W) s)
    {
        using var input = Accelerator.Allocate1D(RandomData.Uniform((long)s.N * s.C * s.H * s.W, seed: 24));
        using var grid = Accelerator.Allocate1D(RandomData.NearIdentityGrid(s.N, s.H, s.W, seed: 25, jitter: 0.05f));
        using var output = Accelerator.Allocate1D<float>(input.Length);
        var options = new WarpOptions(WarpPadding.Zeros, AlignCorners: false);
        var (median, min, wall) = timer.Time(() => kernels.Warp.Forward(input.View, s.N, s.C, s.H, s.W, grid.View, s.H, s.W, options, output.View));
        return new BenchResult("warp", $"{s.N}x{s.C}x{s.H}x{s.W}", "", median, min, wall, iterations, "bilinear, zeros, align_corners=false");
    }

    private BenchResult Convolution((int C, int K, int Size) s, CuDnnMathMode math)
    {
        var geometry = new ConvolutionGeometry(1, s.C, s.Size, s.Size, s.K, 3, 3, PadH: 1, PadW: 1);
        using var x = Accelerator.Allocate1D(RandomData.Uniform(geometry.InputLength, seed: 26));
        using var w = Accelerator.Allocate1D(RandomData.Uniform(geometry.WeightLength, seed: 27, lo: -0.05f, hi: 0.05f));
        using var bias = Accelerator.Allocate1D(RandomData.Uniform(s.K, seed: 28));
        using var y = Accelerator.Allocate1D<float>(geometry.OutputLength);
        var plan = cudnn!.Convolution(geometry, math);
        var (median, min, wall) = timer.Time(() => plan.Forward(x.View, w.View, bias.View, y.View));
        var tflops = geometry.Flops / (median * 1e-3) / 1e12;
        return new BenchResult("conv3x3", $"{s.C}->{s.K}@{s.Size}", math == CuDnnMathMode.Fp32 ? "fp32" : "tf32", median, min, wall, iterations,
            $"{plan.Algorithm}, workspace {plan.WorkspaceBytes} B, {tflops:F1} TFLOP/s");
    }
}
