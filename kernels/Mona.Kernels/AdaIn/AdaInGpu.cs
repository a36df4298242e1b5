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
        _maxGroupSize = Math.Min(accelerator.MaxNumThreadsPerGroup, AdaInKernel.MaxGroupSize);
        _forward = new(() => accelerator.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, AdaInGeometry, ArrayView<float>>(AdaInKernel.Forward));
    }

    private readonly int _maxGroupSize;

    /// <summary>
    /// Threads per plane: the largest power of two ≤ max(32, plane/8), at most 1024 and at most what
    /// the device allows (16 on ILGPU's default CPU simulator).
    /// </summary>
    public int GroupSize(int plane)
    {
        var wanted = Math.Min(_maxGroupSize, Math.Max(32, plane / 8));
        var size = 1;
        while (size * 2 <= wanted) size *= 2;
        return size;
    }

    /// <summary>
    /// y = γ·(x − μ)/√(σ²+ε) + β per (n, c) plane of x (NCHW, N·C·plane floats). γ and β hold N·C
    /// values (per sample) or C values (shared). Queued on the accelerator's default stream; y may be x.
    /// </summary>
    public void Forward(ArrayView<float> x, int n, int c, int plane, ArrayView<float> gamma, ArrayView<float> beta, float epsilon, ArrayView<float> y)
    {
        var geometry = AdaInGeometry.Create(x.Length, n, c, plane, gamma.Length, beta.Length, epsilon);
        if (y.Length != x.Length) throw new ArgumentException($"AdaIN output holds {y.Length} floats, input {x.Length}");
        _forward.Value(new KernelConfig(n * c, GroupSize(plane)), x, gamma, beta, geometry, y);
    }
}
