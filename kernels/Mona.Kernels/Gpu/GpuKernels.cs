using ILGPU.Runtime;
using Mona.Kernels.AdaIn;
using Mona.Kernels.Elementwise;
using Mona.Kernels.Warp;

namespace Mona.Kernels.Gpu;

/// <summary>
/// The kernel launchers of one accelerator. Each launcher compiles its kernel on first use and
/// keeps it, so create one <see cref="GpuKernels"/> per accelerator and share it; it does not own
/// the accelerator (dispose that yourself, after the last launch).
/// </summary>
public sealed class GpuKernels
{
    /// <summary>Binds the launchers to <paramref name="accelerator"/>; nothing is compiled yet.</summary>
    public GpuKernels(Accelerator accelerator)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        Accelerator = accelerator;
        AdaIn = new AdaInGpu(accelerator);
        Warp = new WarpGpu(accelerator);
        Elementwise = new ElementwiseGpu(accelerator);
    }

    /// <summary>The accelerator every launcher queues work on (its default stream).</summary>
    public Accelerator Accelerator { get; }

    /// <summary>Fused instance-norm statistics and affine.</summary>
    public AdaInGpu AdaIn { get; }

    /// <summary>Bilinear grid sampling.</summary>
    public WarpGpu Warp { get; }

    /// <summary>Add, multiply, scale-shift, ReLU, leaky ReLU, per-channel bias.</summary>
    public ElementwiseGpu Elementwise { get; }
}
