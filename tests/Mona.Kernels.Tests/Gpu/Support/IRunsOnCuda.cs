namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// Marks a concrete kernel test class whose accelerator is CUDA: its <see cref="AcceleratorFactAttribute"/>
/// tests are skipped, with the reason, on machines without a CUDA device.
/// </summary>
public interface IRunsOnCuda;
