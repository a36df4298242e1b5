namespace Mona.Kernels.Gemm;

/// <summary>B already packed (<see cref="PackedMatrixB"/>): the driver reads its blocks in place.</summary>
internal readonly unsafe struct PrepackedSource(PackedMatrixB b) : IPanelSource
{
    public float* Packed(int k0, int kc, int n0) => b.Block(k0, kc, n0);

    public void Pack(int k0, int kc, int n0, int nc, int nr, float* dest) =>
        throw new InvalidOperationException("a pre-packed B is read in place");
}
