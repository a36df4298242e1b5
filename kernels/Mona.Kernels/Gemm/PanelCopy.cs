using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mona.Kernels.Gemm;

/// <summary>
/// Short copies and fills used while packing panels (typically 1–32 floats, so a call into
/// memmove would cost more than the copy): whole vectors first, then scalars.
/// </summary>
internal static unsafe class PanelCopy
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(float* source, float* target, int count)
    {
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + 16 <= count; i += 16) Vector512.Store(Vector512.Load(source + i), target + i);
        }
        for (; i + 8 <= count; i += 8) Vector256.Store(Vector256.Load(source + i), target + i);
        for (; i < count; i++) target[i] = source[i];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Zero(float* target, int count)
    {
        for (var i = 0; i < count; i++) target[i] = 0f;
    }
}
