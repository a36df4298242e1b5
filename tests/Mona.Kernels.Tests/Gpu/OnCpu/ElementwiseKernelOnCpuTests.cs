using Mona.Kernels.Tests.Gpu.Support;

namespace Mona.Kernels.Tests.Gpu.OnCpu;

/// <summary>The Elementwise kernel tests on ILGPU's CPU accelerator (every machine).</summary>
public sealed class ElementwiseKernelOnCpuTests() : ElementwiseKernelTests(TestAccelerator.Cpu);
