namespace Mona.Tensors.Backends;

/// <summary>What probing for CUDA found.</summary>
/// <param name="DeviceCount">CUDA devices ILGPU enumerated.</param>
/// <param name="DeviceName">Name and compute capability of device 0, when there is one and it opened.</param>
/// <param name="Failure">The exact exception (type and message) when enumeration or opening device 0 failed.</param>
public sealed record CudaProbeResult(int DeviceCount, string? DeviceName, string? Failure)
{
    /// <summary>True when device 0 exists and an accelerator was created on it.</summary>
    public bool Usable => DeviceCount > 0 && Failure is null;
}
