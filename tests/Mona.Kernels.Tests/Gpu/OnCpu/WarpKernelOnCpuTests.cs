using Mona.Kernels.Tests.Gpu.Support;

namespace Mona.Kernels.Tests.Gpu.OnCpu;

/// <summary>The Warp kernel tests on ILGPU's CPU accelerator (every machine).</summary>
public sealed class WarpKernelOnCpuTests() : WarpKernelTests(TestAccelerator.Cpu);
