using Mona.Tensors.Backends;

namespace Mona.Kernels.Tests.Gpu.Backends;

/// <summary>A probe that reports a fixed result, to exercise the GPU-present and GPU-broken paths anywhere.</summary>
internal sealed class FakeCudaProbe(CudaProbeResult result) : ICudaProbe
{
    public int Calls { get; private set; }

    public CudaProbeResult Probe()
    {
        Calls++;
        return result;
    }
}
