using ILGPU;
using ILGPU.Runtime.Cuda;

namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// Whether this machine can run CUDA tests, probed once per test process (discovery asks for
/// every CUDA test). <see cref="SkipReason"/> is null when a CUDA device exists.
/// </summary>
internal static class CudaAvailability
{
    private static readonly Lazy<string?> Reason = new(Probe);

    /// <summary>Null when a CUDA device is present, otherwise why CUDA tests are skipped.</summary>
    public static string? SkipReason => Reason.Value;

    private static string? Probe()
    {
        try
        {
            using var context = Context.Create(builder => builder.Cuda());
            var count = context.GetCudaDevices().Count;
            return count > 0 ? null : "no CUDA device: ILGPU found 0 CUDA devices on this machine (driver libcuda absent or no GPU)";
        }
        catch (Exception exception)
        {
            return $"no CUDA device: probing CUDA through ILGPU failed with {exception.GetType().Name}: {exception.Message}";
        }
    }
}
