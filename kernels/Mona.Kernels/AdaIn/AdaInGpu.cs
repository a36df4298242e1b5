using ILGPU;
using ILGPU.Runtime;

namespace Mona.Kernels.AdaIn;

/// <summary>
/// Launches <see cref="AdaInKernel"/> on one accelerator. The typed launcher is compiled on first
/// use and kept; get an instance from <see cref="Gpu.GpuKernels"/> rather than building one per call.
/// </summary>
public sealed class AdaInGpu
{
    private readonly Lazy<Action<KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<float>, AdaInGeometry, ArrayView<float>>> _forward;

    internal AdaInGpu(Accelerator accelerator)
    {
        GroupSize = PickGroupSize(accelerator.MaxNumThreadsPerGroup);
        _forward = new(() => accelerator.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, AdaInGeometry, ArrayView<float>>(AdaInKernel.Forward));
    }

    /// <summary>Threads per plane: the largest power of two up to 256 that the device allows.</summary>
    public int GroupSize { get; }

    /// <summary>
    /// y = γ·(x − μ)/√(σ²+ε) + β per (n, c) plane of x (NCHW, N·C·plane floats). γ and β hold N·C
    /// values (per sample) or C values (shared). Queued on the accelerator's default stream; y may be x.
    /// </summary>
    public void Forward(ArrayView<float> x, int n, int c, int plane, ArrayView<float> gamma, ArrayView<float> beta, float epsilon, ArrayView<float> y)
    {
        var geometry = AdaInGeometry.Create(x.Length, n, c, plane, gamma.Length, beta.Length, epsilon);
        if (y.Length != x.Length) throw new ArgumentException($"AdaIN output holds {y.Length} floats, input {x.Length}");
        _forward.Value(new KernelConfig(n * c, GroupSize), x, gamma, beta, geometry, y);
    }

    private static int PickGroupSize(int maxThreads)
    {
        var size = 1;
        while (size * 2 <= Math.Min(maxThreads, AdaInKernel.MaxGroupSize)) size *= 2;
        return size;
    }
}
