using Mona.Kernels.Tests.Gpu.Support;

namespace Mona.Kernels.Tests.Gpu.OnCpu;

/// <summary>The AdaIn kernel tests on ILGPU's CPU accelerator (every machine).</summary>
public sealed class AdaInKernelOnCpuTests() : AdaInKernelTests(TestAccelerator.Cpu);
