using ILGPU;
using ILGPU.Runtime.Cuda;

namespace Mona.Tensors.Backends;

/// <summary>
/// Probes CUDA through ILGPU: enumerates devices, then creates (and disposes) an accelerator on
/// device 0, because that is where ILGPU can fail on hardware it does not support. ILGPU 1.5.x
/// on .NET 9+ was reported to crash on H100/H200 (ILGPU issue #1540; others report 1.5.3 working
/// on H100): the exception is caught here and reported with its exact message, instead of
/// surfacing later in the middle of a run.
/// </summary>
public sealed class IlgpuCudaProbe : ICudaProbe
{
    /// <inheritdoc />
    public CudaProbeResult Probe()
    {
        int count;
        try
        {
            using var context = Context.Create(builder => builder.Cuda());
            var devices = context.GetCudaDevices();
            count = devices.Count;
            if (count == 0) return new CudaProbeResult(0, null, null);
            using var accelerator = context.CreateCudaAccelerator(0);
            return new CudaProbeResult(count, $"{accelerator.Name} ({accelerator.Architecture})", null);
        }
        catch (Exception exception)
        {
            return new CudaProbeResult(-1, null, Describe(exception));
        }
    }

    /// <summary>"Type: message", with inner exceptions, so the report carries the exact cause.</summary>
    public static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().FullName}: {exception.Message}";
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
            text += $" ---> {inner.GetType().FullName}: {inner.Message}";
        return text;
    }
}
