using ILGPU;
using ILGPU.Runtime;
using Mona.Kernels.Gpu;
using Mona.Kernels.Tests.Gpu.Support;

namespace Mona.Kernels.Tests.Gpu;

/// <summary>
/// Base of the kernel tests written once and run on every accelerator: a concrete subclass per
/// backend passes the accelerator to use. Each test gets a fresh accelerator and launcher cache.
/// </summary>
public abstract class AcceleratorTestBase : IDisposable
{
    private readonly TestAccelerator _device;

    protected AcceleratorTestBase(Func<TestAccelerator> open)
    {
        _device = open();
        Kernels = new GpuKernels(_device.Accelerator);
    }

    protected Accelerator Accelerator => _device.Accelerator;

    protected GpuKernels Kernels { get; }

    /// <summary>Copies host data into a new device buffer.</summary>
    protected MemoryBuffer1D<float, Stride1D.Dense> Upload(float[] data)
    {
        var buffer = Accelerator.Allocate1D<float>(data.Length);
        buffer.CopyFromCPU(data);
        return buffer;
    }

    /// <summary>Waits for queued kernels and copies a buffer back.</summary>
    protected float[] Download(MemoryBuffer1D<float, Stride1D.Dense> buffer)
    {
        Accelerator.Synchronize();
        return buffer.GetAsArray1D();
    }

    public void Dispose()
    {
        _device.Dispose();
        GC.SuppressFinalize(this);
    }
}
