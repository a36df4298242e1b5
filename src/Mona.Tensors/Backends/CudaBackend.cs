using ILGPU;
using ILGPU.Runtime.Cuda;
using Mona.Kernels.CuDnn;
using Mona.Kernels.Gpu;

namespace Mona.Tensors.Backends;

/// <summary>
/// An open CUDA backend: the ILGPU context and accelerator, the kernel launchers cached for it,
/// and cuDNN (loaded on first use). Dispose it after the last GPU op.
/// </summary>
public sealed class CudaBackend : IDisposable
{
    private readonly Context _context;
    private readonly Lazy<CuDnnContext> _cuDnn;

    private CudaBackend(Context context, CudaAccelerator accelerator)
    {
        _context = context;
        Accelerator = accelerator;
        Kernels = new GpuKernels(accelerator);
        _cuDnn = new(() => new CuDnnContext(accelerator));
    }

    /// <summary>
    /// Opens CUDA device <paramref name="device"/>. Failures (no driver, no device, ILGPU unable to
    /// create the accelerator, see ILGPU issue #1540) become a <see cref="BackendUnavailableException"/>
    /// carrying the exact original message. <paramref name="profiling"/> enables CUDA-event markers.
    /// </summary>
    public static CudaBackend Open(int device = 0, bool profiling = false)
    {
        Context? context = null;
        try
        {
            context = Context.Create(builder =>
            {
                builder.Cuda();
                if (profiling) builder.Profiling();
            });
            var count = context.GetCudaDevices().Count;
            if (device >= count)
                throw new BackendUnavailableException($"CUDA device {device} does not exist: ILGPU saw {count} CUDA devices");
            return new CudaBackend(context, context.CreateCudaAccelerator(device));
        }
        catch (Exception exception) when (exception is not BackendUnavailableException)
        {
            context?.Dispose();
            throw new BackendUnavailableException($"the CUDA accelerator could not be created: {IlgpuCudaProbe.Describe(exception)} " +
                                                  "(ILGPU 1.5.x has a reported failure on H100/H200 with .NET 9+, ILGPU issue #1540)");
        }
        catch
        {
            context?.Dispose();
            throw;
        }
    }

    /// <summary>The GPU.</summary>
    public CudaAccelerator Accelerator { get; }

    /// <summary>ILGPU kernel launchers for <see cref="Accelerator"/>.</summary>
    public GpuKernels Kernels { get; }

    /// <summary>cuDNN on the accelerator's stream; throws <see cref="DllNotFoundException"/> saying how to install it when missing.</summary>
    public CuDnnContext CuDnn => _cuDnn.Value;

    public void Dispose()
    {
        if (_cuDnn.IsValueCreated) _cuDnn.Value.Dispose();
        Accelerator.Dispose();
        _context.Dispose();
    }
}
