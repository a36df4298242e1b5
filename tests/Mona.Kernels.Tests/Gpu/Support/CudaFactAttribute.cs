namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// A fact that needs a CUDA device: at discovery it is marked skipped, with the reason, when the
/// machine has none, so a run without a GPU reports it as skipped instead of passing silently.
/// </summary>
public sealed class CudaFactAttribute : FactAttribute
{
    public CudaFactAttribute()
    {
        if (CudaAvailability.SkipReason is { } reason) Skip = reason;
    }
}
