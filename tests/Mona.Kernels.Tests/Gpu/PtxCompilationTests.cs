using System.Reflection;
using ILGPU;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using Mona.Kernels.AdaIn;
using Mona.Kernels.Elementwise;
using Mona.Kernels.Warp;

namespace Mona.Kernels.Tests.Gpu;

/// <summary>
/// Compiles every kernel to PTX with an sm_90 (Hopper) backend with ILGPU's PTX backend. It needs no GPU, so
/// machines without one still catch kernels that the CPU accelerator runs but CUDA cannot compile
/// (unsupported intrinsics, managed calls, bad shared memory use).
/// </summary>
public sealed class PtxCompilationTests
{
    public static TheoryData<string> Kernels() => new(KernelMethods().Keys);

    private static Dictionary<string, (MethodInfo Method, bool Grouped)> KernelMethods()
    {
        var warp = typeof(WarpKernel).GetMethod(nameof(WarpKernel.Forward))!;
        var flow = typeof(WarpKernel).GetMethod(nameof(WarpKernel.ForwardFlow))!;
        var map = typeof(ElementwiseKernels).GetMethod(nameof(ElementwiseKernels.Map))!;
        var zip = typeof(ElementwiseKernels).GetMethod(nameof(ElementwiseKernels.Zip))!;
        return new()
        {
            ["AdaIn"] = (typeof(AdaInKernel).GetMethod(nameof(AdaInKernel.Forward))!, true),
            ["Warp<Zeros>"] = (warp.MakeGenericMethod(typeof(ZerosPadding)), false),
            ["Warp<Border>"] = (warp.MakeGenericMethod(typeof(BorderPadding)), false),
            ["Warp<Reflection>"] = (warp.MakeGenericMethod(typeof(ReflectionPadding)), false),
            ["WarpFlow<Zeros>"] = (flow.MakeGenericMethod(typeof(ZerosPadding)), false),
            ["WarpFlow<Border>"] = (flow.MakeGenericMethod(typeof(BorderPadding)), false),
            ["WarpFlow<Reflection>"] = (flow.MakeGenericMethod(typeof(ReflectionPadding)), false),
            ["Map<Relu>"] = (map.MakeGenericMethod(typeof(ReluOp)), false),
            ["Map<LeakyRelu>"] = (map.MakeGenericMethod(typeof(LeakyReluOp)), false),
            ["Map<ScaleShift>"] = (map.MakeGenericMethod(typeof(ScaleShiftOp)), false),
            ["Zip<Add>"] = (zip.MakeGenericMethod(typeof(AddOp)), false),
            ["Zip<Mul>"] = (zip.MakeGenericMethod(typeof(MulOp)), false),
            ["AddChannelBias"] = (typeof(ElementwiseKernels).GetMethod(nameof(ElementwiseKernels.AddChannelBias))!, false),
        };
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Kernel_CompiledForSm90_ProducesPtxEntry(string kernel)
    {
        var (method, grouped) = KernelMethods()[kernel];
        using var context = Context.Create(builder => builder.CPU());
        using var backend = new PTXBackend(context, CudaArchitecture.SM_90, CudaInstructionSet.ISA_82, nvvmAPI: null!);
        var entry = grouped
            ? EntryPointDescription.FromExplicitlyGroupedKernel(method)
            : EntryPointDescription.FromImplicitlyGroupedKernel(method);
        var compiled = (PTXCompiledKernel)backend.Compile(entry, KernelSpecialization.Empty);
        // ILGPU 1.5.3 emits sm_80 PTX even for an sm_90 backend; the driver JIT-compiles it forward for Hopper
        Assert.Matches(@"\.target sm_[89]0", compiled.PTXAssembly);
        Assert.Contains(".entry", compiled.PTXAssembly);
        if (grouped)
        {
            // the reduction must really use shared memory and barriers on the device
            Assert.Contains(".shared", compiled.PTXAssembly);
            Assert.Contains("bar.sync", compiled.PTXAssembly);
        }
    }
}
