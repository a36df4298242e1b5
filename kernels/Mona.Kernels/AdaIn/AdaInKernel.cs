using ILGPU;

namespace Mona.Kernels.AdaIn;

/// <summary>
/// Adaptive instance normalisation on the GPU: for every (n, c) plane of an NCHW tensor,
/// y = γ[n,c] · (x − μ) / √(σ² + ε) + β[n,c], where μ and σ² are the plane's mean and biased
/// variance (the AdaIN of Huang &amp; Belongie that the generator of Zakharov et al. uses).
/// </summary>
/// <remarks>
/// <para>Layout: x and y are NCHW; plane p = n·C + c holds <c>Plane</c> contiguous floats at p·Plane.
/// γ and β hold either N·C values (per sample, <c>AffineSampleStride</c> = C) or C values shared by
/// every sample (<c>AffineSampleStride</c> = 0); the element for (n, c) sits at n·stride + c.</para>
/// <para>Thread mapping: one group per plane (grid X = N·C), a power-of-two number G of threads per
/// group, about plane/8 threads (32 to 1024, within the device limit) so that small planes do not
/// idle most of a big group and large planes get the whole group. Each thread strides through the plane by G, so consecutive threads read consecutive
/// floats (coalesced). Three passes over the plane, which stays in L1/L2 between them:
/// (1) partial sums → tree reduction in shared memory → μ; (2) partial Σ(x − μ)² → reduction →
/// σ² (two passes rather than E[x²] − μ², which cancels badly when |μ| ≫ σ); (3) y = x·s + t with
/// s = γ/√(σ²+ε), t = β − μ·s.</para>
/// <para>This is an explicitly grouped kernel: it has no index parameter because its index is the
/// (group, thread) pair that <see cref="Grid"/> and <see cref="Group"/> expose.</para>
/// </remarks>
public static class AdaInKernel
{
    /// <summary>Largest group the kernel supports; the shared scratch is sized for it.</summary>
    public const int MaxGroupSize = 1024;

    /// <summary>The kernel: one group per (n, c) plane.</summary>
    public static void Forward(
        ArrayView<float> x, ArrayView<float> gamma, ArrayView<float> beta, AdaInGeometry geometry, ArrayView<float> y)
    {
        var scratch = SharedMemory.Allocate<float>(MaxGroupSize);
        var planeIndex = Grid.IdxX;
        var thread = Group.IdxX;
        var groupSize = Group.DimX;
        var plane = geometry.Plane;
        var start = (long)planeIndex * plane;

        var sum = 0f;
        for (var i = thread; i < plane; i += groupSize) sum += x[start + i];
        var mean = GroupSum(scratch, sum, thread, groupSize) * geometry.InversePlane;

        var squares = 0f;
        for (var i = thread; i < plane; i += groupSize)
        {
            var deviation = x[start + i] - mean;
            squares += deviation * deviation;
        }
        var variance = GroupSum(scratch, squares, thread, groupSize) * geometry.InversePlane;

        var sample = planeIndex / geometry.Channels;
        var channel = planeIndex - sample * geometry.Channels;
        var affine = sample * geometry.AffineSampleStride + channel;
        var scale = gamma[affine] / MathF.Sqrt(variance + geometry.Epsilon);
        var shift = beta[affine] - mean * scale;
        for (var i = thread; i < plane; i += groupSize) y[start + i] = x[start + i] * scale + shift;
    }

    /// <summary>
    /// Sum of one value per thread over the group: halving tree in shared memory (log2 G steps, a
    /// barrier after each). Every thread gets the total. The trailing barrier lets the caller reuse
    /// the scratch straight away.
    /// </summary>
    private static float GroupSum(ArrayView<float> scratch, float value, int thread, int groupSize)
    {
        scratch[thread] = value;
        Group.Barrier();
        for (var half = groupSize / 2; half > 0; half /= 2)
        {
            if (thread < half) scratch[thread] += scratch[thread + half];
            Group.Barrier();
        }
        var total = scratch[0];
        Group.Barrier();
        return total;
    }
}
