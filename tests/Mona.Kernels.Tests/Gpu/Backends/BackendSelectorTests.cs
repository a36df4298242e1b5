using Mona.Kernels.Tests.Gpu.Support;
using Mona.Tensors.Backends;

namespace Mona.Kernels.Tests.Gpu.Backends;

/// <summary>Backend selection: the real probe on this machine, and fake probes for the GPU paths.</summary>
public sealed class BackendSelectorTests
{
    private static readonly CudaProbeResult NoDevice = new(0, null, null);
    private static readonly CudaProbeResult Hopper = new(1, "NVIDIA H100 80GB HBM3 (SM_90)", null);
    private static readonly CudaProbeResult Broken = new(-1, null, "ILGPU.Runtime.Cuda.CudaException: a PTX JIT compilation failed");

    [Fact]
    public void Select_Cpu_NeverProbesCuda()
    {
        var probe = new FakeCudaProbe(Hopper);
        var choice = BackendSelector.Select("cpu", probe, cpuThreads: 2);
        Assert.Equal(BackendKind.Cpu, choice.Kind);
        Assert.Equal(0, probe.Calls);
        Assert.Matches(@"^cpu requested: CPU \((AVX-512|AVX2|NEON|scalar), 2 threads\)$", choice.Reason);
    }

    [Fact]
    public void Select_AutoWithoutDevice_ChoosesCpuAndSaysWhy()
    {
        var choice = BackendSelector.Select("auto", new FakeCudaProbe(NoDevice), cpuThreads: 2);
        Assert.Equal(BackendKind.Cpu, choice.Kind);
        Assert.Matches(@"^auto: chose CPU \(.+, 2 threads\) because no CUDA device found: ILGPU saw 0 CUDA devices$", choice.Reason);
    }

    [Fact]
    public void Select_AutoWithDevice_ChoosesCudaAndNamesIt()
    {
        var choice = BackendSelector.Select("AUTO", new FakeCudaProbe(Hopper));
        Assert.Equal(new BackendChoice(BackendKind.Cuda, Hopper.DeviceName!,
            $"auto: chose CUDA ({Hopper.DeviceName}) because a CUDA device is present"), choice);
    }

    [Fact]
    public void Select_AutoWhenAcceleratorCreationFails_FallsBackWithExactMessage()
    {
        var choice = BackendSelector.Select("auto", new FakeCudaProbe(Broken), cpuThreads: 1);
        Assert.Equal(BackendKind.Cpu, choice.Kind);
        Assert.Contains(Broken.Failure!, choice.Reason);
        Assert.Contains("ILGPU issue #1540", choice.Reason);
    }

    [Fact]
    public void Select_CudaWithoutDevice_ThrowsInsteadOfFallingBack()
    {
        var error = Assert.Throws<BackendUnavailableException>(() => BackendSelector.Select("cuda", new FakeCudaProbe(NoDevice)));
        Assert.Equal("cuda requested but no CUDA device found: ILGPU saw 0 CUDA devices", error.Message);
    }

    [Fact]
    public void Select_CudaWhenAcceleratorCreationFails_ThrowsWithExactMessage()
    {
        var error = Assert.Throws<BackendUnavailableException>(() => BackendSelector.Select("cuda", new FakeCudaProbe(Broken)));
        Assert.Contains(Broken.Failure!, error.Message);
    }

    [Fact]
    public void Select_UnknownName_ThrowsListingChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => BackendSelector.Select("opencl", new FakeCudaProbe(NoDevice)));
        Assert.StartsWith("unknown backend 'opencl': expected one of auto, cpu, cuda", error.Message);
    }

    [Fact]
    public void Select_AutoWithRealProbe_AgreesWithDeviceAvailability()
    {
        // whatever this machine is, auto must pick CUDA exactly when the test-suite probe sees a device
        var choice = BackendSelector.Select("auto");
        var expected = CudaAvailability.SkipReason is null ? BackendKind.Cuda : BackendKind.Cpu;
        Assert.Equal(expected, choice.Kind);
        Assert.StartsWith($"auto: chose {(expected == BackendKind.Cuda ? "CUDA" : "CPU")}", choice.Reason);
    }

    [Fact]
    public void Select_CudaWithRealProbe_ThrowsExactlyWhenNoDevice()
    {
        if (CudaAvailability.SkipReason is null)
            Assert.Equal(BackendKind.Cuda, BackendSelector.Select("cuda").Kind);
        else
            Assert.Throws<BackendUnavailableException>(() => BackendSelector.Select("cuda"));
    }
}
