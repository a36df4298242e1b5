using System.Runtime.Intrinsics.X86;

namespace Mona.Tensors.Backends;

/// <summary>A short description of the CPU backend: its widest SIMD and thread count.</summary>
public static class CpuDescription
{
    /// <summary>E.g. "CPU (AVX-512, 2 threads)".</summary>
    public static string Describe(int threads)
    {
        var simd = Avx512F.IsSupported ? "AVX-512"
            : Avx2.IsSupported ? "AVX2"
            : System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported ? "NEON"
            : "scalar";
        return $"CPU ({simd}, {threads} thread{(threads == 1 ? "" : "s")})";
    }
}
