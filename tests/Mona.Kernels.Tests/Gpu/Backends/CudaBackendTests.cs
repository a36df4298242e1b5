using Mona.Kernels.Tests.Gpu.Support;
using Mona.Tensors.Backends;

namespace Mona.Kernels.Tests.Gpu.Backends;

/// <summary>Opening the CUDA backend: works with a device, fails with a clear message without one.</summary>
public sealed class CudaBackendTests
{
    [Fact]
    public void Open_DependingOnMachine_OpensOrExplainsMissingDevice()
    {
        if (CudaAvailability.SkipReason is null)
        {
            using var backend = CudaBackend.Open();
            Assert.False(string.IsNullOrEmpty(backend.Accelerator.Name));
            return;
        }
        var error = Assert.Throws<BackendUnavailableException>(() => CudaBackend.Open());
        Assert.Equal("CUDA device 0 does not exist: ILGPU saw 0 CUDA devices", error.Message);
    }
}
