using Mona.Kernels.CuDnn;

namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// A fact that needs a CUDA device and cuDNN 9: skipped at discovery, with the reason, when either
/// is missing (set MONA_CUDNN_PATH or LD_LIBRARY_PATH to where libcudnn.so.9 lives to enable it).
/// </summary>
public sealed class CuDnnFactAttribute : FactAttribute
{
    public CuDnnFactAttribute()
    {
        if (CudaAvailability.SkipReason is { } reason)
        {
            Skip = reason;
            return;
        }
        var locator = CuDnnLibraryLocator.FromProcess();
        if (!locator.Existing().Any()) Skip = $"no cuDNN: libcudnn.so.9 not found ({locator.DescribeSearch()})";
    }
}
