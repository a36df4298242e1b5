namespace Mona.Tensors.Backends;

/// <summary>Finds out whether CUDA can be used; an interface so selection is testable without a GPU.</summary>
public interface ICudaProbe
{
    /// <summary>Enumerates CUDA devices and tries to open the first.</summary>
    CudaProbeResult Probe();
}
