using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Mona.Kernels.Gemm;

/// <summary>
/// Cache blocking of the packed SGEMM, sized for Zen 4 (L1d 32 KB, L2 1 MB per core): an A
/// micro-panel (MR×KC = 8×256 floats, 8 KB) stays in L1 while the packed B block (KC×NC =
/// 256×512 floats, 512 KB) stays in L2 and is swept by every A micro-panel.
/// </summary>
internal static class GemmBlocking
{
    /// <summary>Depth of one K block.</summary>
    public const int KC = 256;

    /// <summary>Width of one packed B block (a multiple of every NR).</summary>
    public const int NC = 512;

    /// <summary>Resolves <see cref="GemmPath.Auto"/> and rejects a path the CPU cannot run.</summary>
    public static GemmPath Resolve(GemmPath path)
    {
        var has512 = Vector512.IsHardwareAccelerated && Avx512F.IsSupported;
        var has256 = Vector256.IsHardwareAccelerated && Fma.IsSupported;
        return path switch
        {
            GemmPath.Auto => has512 ? GemmPath.Vector512 : has256 ? GemmPath.Vector256 : GemmPath.Scalar,
            GemmPath.Vector512 when !has512 => throw new PlatformNotSupportedException("this CPU has no AVX-512F"),
            GemmPath.Vector256 when !has256 => throw new PlatformNotSupportedException("this CPU has no AVX2 with FMA"),
            _ => path,
        };
    }

    /// <summary>Rows of the micro-tile (the A panel height) for a resolved path.</summary>
    public static int RowsPerTile(GemmPath path) => path switch
    {
        GemmPath.Vector512 => MicroKernel512.MR,
        GemmPath.Vector256 => MicroKernel256.MR,
        _ => MicroKernelScalar.MR,
    };

    /// <summary>K cut into equal blocks of at most KC (576 → 2×288, not 256 + 256 + 64): the block depth.</summary>
    public static int BlockDepth(int depth)
    {
        var blocks = (depth + KC - 1) / KC;
        return (depth + blocks - 1) / blocks;
    }

    /// <summary>Columns per tile (the B panel width) for a resolved path.</summary>
    public static int ColumnsPerTile(GemmPath path) => path switch
    {
        GemmPath.Vector512 => MicroKernel512.NR,
        GemmPath.Vector256 => MicroKernel256.NR,
        _ => MicroKernelScalar.NR,
    };

    internal static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
}
