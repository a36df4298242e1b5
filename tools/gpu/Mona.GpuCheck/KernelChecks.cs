using ILGPU;
using ILGPU.Runtime;
using Mona.Kernels.AdaIn;
using Mona.Kernels.Elementwise;
using Mona.Kernels.Gpu;
using Mona.Kernels.Warp;

namespace Mona.GpuCheck;

/// <summary>
/// The ILGPU kernels against their CPU twins (AdaInCpu, WarpCpu) and plain loops. Small shapes on
/// the CPU accelerator (a slow simulator), larger ones on CUDA.
/// </summary>
internal sealed class KernelChecks(GpuKernels kernels, bool small)
{
    private Accelerator Accelerator => kernels.Accelerator;

    public IEnumerable<CheckResult> Run()
    {
        yield return Guard("adain", AdaIn);
        foreach (var padding in Enum.GetValues<WarpPadding>())
        foreach (var align in new[] { false, true })
            yield return Guard($"warp {padding} align={align}", () => Warp(new WarpOptions(padding, align)));
        foreach (var padding in Enum.GetValues<WarpPadding>())
            yield return Guard($"flow warp {padding}", () => FlowWarp(padding));
        yield return Guard("leaky relu", LeakyRelu);
        yield return Guard("channel bias", ChannelBias);
    }

    private static CheckResult Guard(string name, Func<CheckResult> check)
    {
        try
        {
            return check();
        }
        catch (Exception exception)
        {
            return CheckResult.Error(name, exception);
        }
    }

    private CheckResult AdaIn()
    {
        var (n, c, plane) = small ? (2, 4, 9 * 11) : (2, 64, 32 * 32);
        var x = RandomData.Uniform(n * c * plane, seed: 1, lo: -2f, hi: 6f);
        var gamma = RandomData.Uniform(n * c, seed: 2, lo: 0.5f, hi: 2f);
        var beta = RandomData.Uniform(n * c, seed: 3);
        var twin = new float[x.Length];
        AdaInCpu.Forward(x, n, c, plane, gamma, beta, 1e-5f, twin, Environment.ProcessorCount);
        using var dx = Accelerator.Allocate1D(x);
        using var dg = Accelerator.Allocate1D(gamma);
        using var db = Accelerator.Allocate1D(beta);
        using var dy = Accelerator.Allocate1D<float>(x.Length);
        kernels.AdaIn.Forward(dx.View, n, c, plane, dg.View, db.View, 1e-5f, dy.View);
        Accelerator.Synchronize();
        return CheckResult.Compare($"adain {n}x{c}x{plane} vs AdaInCpu", twin, dy.GetAsArray1D(), 1e-5f, 1e-4f);
    }

    private CheckResult Warp(WarpOptions options)
    {
        var (n, c, h, w, outH, outW) = small ? (1, 5, 7, 9, 6, 8) : (2, 16, 64, 64, 48, 80);
        var input = RandomData.Uniform((long)n * c * h * w, seed: 4);
        var grid = RandomData.Uniform(2L * n * outH * outW, seed: 5, lo: -1.4f, hi: 1.4f);
        var twin = new float[n * c * outH * outW];
        WarpCpu.Forward(input, n, c, h, w, grid, outH, outW, options, twin, Environment.ProcessorCount);
        using var di = Accelerator.Allocate1D(input);
        using var dg = Accelerator.Allocate1D(grid);
        using var dy = Accelerator.Allocate1D<float>(twin.Length);
        kernels.Warp.Forward(di.View, n, c, h, w, dg.View, outH, outW, options, dy.View);
        Accelerator.Synchronize();
        return CheckResult.Compare($"warp {n}x{c}x{h}x{w}->{outH}x{outW} {options.Padding} align={options.AlignCorners} vs WarpCpu",
            twin, dy.GetAsArray1D(), 1e-5f, 1e-4f);
    }

    private CheckResult FlowWarp(WarpPadding padding)
    {
        var (n, c, h, w) = small ? (1, 3, 6, 7) : (2, 16, 64, 64);
        var input = RandomData.Uniform((long)n * c * h * w, seed: 9);
        var flow = RandomData.Uniform(2L * n * h * w, seed: 10, lo: -4f, hi: 4f);
        var twin = new float[input.Length];
        WarpCpu.ForwardFlow(input, n, c, h, w, flow, padding, twin, Environment.ProcessorCount);
        using var di = Accelerator.Allocate1D(input);
        using var df = Accelerator.Allocate1D(flow);
        using var dy = Accelerator.Allocate1D<float>(input.Length);
        kernels.Warp.ForwardFlow(di.View, n, c, h, w, df.View, padding, dy.View);
        Accelerator.Synchronize();
        return CheckResult.Compare($"flow warp {n}x{c}x{h}x{w} {padding} vs WarpCpu.ForwardFlow", twin, dy.GetAsArray1D(), 1e-5f, 1e-4f);
    }

    private CheckResult LeakyRelu()
    {
        var x = RandomData.Uniform(small ? 1000 : 1 << 20, seed: 6);
        using var dx = Accelerator.Allocate1D(x);
        kernels.Elementwise.Map(dx.View, new LeakyReluOp(0.2f), dx.View);
        Accelerator.Synchronize();
        return CheckResult.Compare($"leaky relu {x.Length} in place", x.Select(v => v > 0 ? v : 0.2f * v).ToArray(), dx.GetAsArray1D(), 0f, 1e-6f);
    }

    private CheckResult ChannelBias()
    {
        var (n, c, plane) = small ? (2, 3, 10) : (4, 64, 1024);
        var x = RandomData.Uniform(n * c * plane, seed: 7);
        var bias = RandomData.Uniform(c, seed: 8);
        using var dx = Accelerator.Allocate1D(x);
        using var db = Accelerator.Allocate1D(bias);
        kernels.Elementwise.AddChannelBias(dx.View, db.View, c, plane, dx.View);
        Accelerator.Synchronize();
        var expected = x.Select((v, i) => v + bias[i / plane % c]).ToArray();
        return CheckResult.Compare($"channel bias {n}x{c}x{plane}", expected, dx.GetAsArray1D(), 0f, 0f);
    }
}
