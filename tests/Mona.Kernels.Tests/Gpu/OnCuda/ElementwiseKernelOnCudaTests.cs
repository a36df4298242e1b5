using Mona.Kernels.Tests.Gpu.Support;

namespace Mona.Kernels.Tests.Gpu.OnCuda;

/// <summary>The Elementwise kernel tests on the first CUDA device; skipped, with the reason, where there is none.</summary>
public sealed class ElementwiseKernelOnCudaTests() : ElementwiseKernelTests(TestAccelerator.Cuda), IRunsOnCuda;
