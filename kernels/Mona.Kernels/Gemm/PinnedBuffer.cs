using System.Runtime.CompilerServices;

namespace Mona.Kernels.Gemm;

/// <summary>
/// A long-lived float buffer on the pinned object heap, exposed through a 64-byte aligned pointer
/// (a zmm load that crosses a cache line costs twice). Pinned objects never move, so the pointer
/// stays valid for the buffer's lifetime; the GC frees it like any array.
/// </summary>
internal sealed unsafe class PinnedBuffer
{
    private readonly float[] _array;
    private readonly int _offset;

    public PinnedBuffer(int length)
    {
        _array = GC.AllocateUninitializedArray<float>(length + 16, pinned: true);
        var address = (long)Unsafe.AsPointer(ref _array[0]);
        _offset = (int)(((64 - (address & 63)) & 63) / sizeof(float));
        Length = length;
    }

    public int Length { get; }

    public float* Pointer => (float*)Unsafe.AsPointer(ref _array[_offset]);

    public Span<float> Span => _array.AsSpan(_offset, Length);
}
