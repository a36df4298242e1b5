namespace Mona.Tensors.Backends;

/// <summary>Where tensor ops run.</summary>
public enum BackendKind
{
    /// <summary>The CPU kernels (SIMD, multi-threaded).</summary>
    Cpu,

    /// <summary>ILGPU kernels and cuDNN on an NVIDIA GPU.</summary>
    Cuda,
}
