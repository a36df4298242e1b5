using System.Runtime.InteropServices;

namespace Mona.Kernels.Gemm;

/// <summary>
/// A 64-byte aligned native float buffer (a zmm load that crosses a cache line costs twice).
/// Native rather than a pinned array because packed weights are often short-lived (a one-shot
/// convolution packs and drops 9 MB per call): malloc reuses freed blocks without page faults
/// or full GCs. Disposing frees it; the finaliser frees a forgotten one.
/// </summary>
internal sealed unsafe class NativeBuffer : IDisposable
{
    private float* _pointer;

    public NativeBuffer(long length)
    {
        Length = length;
        _pointer = (float*)NativeMemory.AlignedAlloc((nuint)(Math.Max(1, length) * sizeof(float)), 64);
        GC.AddMemoryPressure(length * sizeof(float));
    }

    ~NativeBuffer() => Free();

    public long Length { get; }

    public float* Pointer => _pointer != null ? _pointer : throw new ObjectDisposedException(nameof(NativeBuffer));

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        var pointer = _pointer;
        if (pointer == null) return;
        _pointer = null;
        NativeMemory.AlignedFree(pointer);
        GC.RemoveMemoryPressure(Length * sizeof(float));
    }
}
