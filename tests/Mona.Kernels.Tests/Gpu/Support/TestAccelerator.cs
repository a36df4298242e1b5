using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// An ILGPU context with one accelerator, for one test. The CPU flavour simulates a GPU with the
/// default CPU device (1 multiprocessor, 4 warps of 4 threads, so groups of at most 16 threads).
/// </summary>
public sealed class TestAccelerator : IDisposable
{
    private readonly Context _context;

    private TestAccelerator(Context context, Accelerator accelerator)
    {
        _context = context;
        Accelerator = accelerator;
    }

    public Accelerator Accelerator { get; }

    /// <summary>ILGPU's CPU simulator (runs everywhere, about a thousand times slower than native code).</summary>
    public static TestAccelerator Cpu()
    {
        var context = Context.Create(builder => builder.CPU());
        return new TestAccelerator(context, context.CreateCPUAccelerator(0));
    }

    /// <summary>The first CUDA device.</summary>
    public static TestAccelerator Cuda()
    {
        var context = Context.Create(builder => builder.Cuda());
        return new TestAccelerator(context, context.CreateCudaAccelerator(0));
    }

    public void Dispose()
    {
        Accelerator.Dispose();
        _context.Dispose();
    }
}
