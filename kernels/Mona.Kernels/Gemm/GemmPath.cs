namespace Mona.Kernels.Gemm;

/// <summary>
/// Which micro-kernel a GEMM runs. <see cref="Auto"/> picks the widest the CPU supports; the
/// others exist so tests can force each fallback on a machine that has AVX-512.
/// </summary>
public enum GemmPath
{
    /// <summary>The best supported: Vector512, else Vector256 with FMA, else scalar.</summary>
    Auto,

    /// <summary>8×32 tile, 16 zmm accumulators (AVX-512F).</summary>
    Vector512,

    /// <summary>6×16 tile, 12 ymm accumulators (AVX2 + FMA: 16 registers only).</summary>
    Vector256,

    /// <summary>4×8 tile in plain C#, for CPUs with neither.</summary>
    Scalar,
}
