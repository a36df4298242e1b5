namespace Mona.Kernels.Gemm;

/// <summary>
/// Where the right operand B (K×N) of a GEMM comes from. The driver asks for one block at a time
/// and the source writes it packed: panels of NR columns, panel q at dest + q·kc·NR, element
/// (k, j) at k·NR + j, columns past the block zero. A dense matrix is one source; a convolution's
/// input read through im2col indexing is another, so the column matrix is never materialised.
/// </summary>
internal unsafe interface IPanelSource
{
    /// <summary>Packs B[k0 .. k0+kc, n0 .. n0+nc) into NR-wide panels at <paramref name="dest"/>.</summary>
    void Pack(int k0, int kc, int n0, int nc, int nr, float* dest);

    /// <summary>
    /// The block already packed in this layout (pre-packed weights), or null when it must be
    /// packed with <see cref="Pack"/>. n0 is a multiple of NR.
    /// </summary>
    float* Packed(int k0, int kc, int n0);
}
