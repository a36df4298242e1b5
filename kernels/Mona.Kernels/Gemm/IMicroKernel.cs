namespace Mona.Kernels.Gemm;

/// <summary>
/// A register-blocked micro-kernel: C[MR×NR] (+)= Apanel[kc×MR]ᵀ · Bpanel[kc×NR], where the
/// packed A panel holds MR consecutive rows k-major (a[k·MR + i]) and the packed B panel NR
/// consecutive columns k-major (b[k·NR + j]). Implemented by structs so that the driver is
/// specialised per kernel by the JIT (no virtual call in the hot loop).
/// </summary>
internal unsafe interface IMicroKernel
{
    /// <summary>Rows per tile.</summary>
    static abstract int MR { get; }

    /// <summary>Columns per tile.</summary>
    static abstract int NR { get; }

    /// <summary>
    /// Computes one tile. <paramref name="rows"/> ≤ MR and <paramref name="columns"/> ≤ NR say how
    /// much of it lies inside C; <paramref name="accumulate"/> adds to C instead of overwriting;
    /// <paramref name="epilogue"/> (the last K block only) adds bias and applies the activation;
    /// (row0, column0) are the tile's global indices, for the biases.
    /// </summary>
    static abstract void Run(int kc, float* a, float* b, float* c, int ldc, int rows, int columns,
        bool accumulate, GemmEpilogue* epilogue, int row0, int column0);
}
