using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mona.Kernels.Gemm;

/// <summary><see cref="Activation"/> on whole vectors, for the fused epilogues.</summary>
internal static class VectorActivation
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Apply(Vector512<float> v, Activation activation) => activation.Kind switch
    {
        ActivationKind.Relu => Vector512.Max(v, Vector512<float>.Zero),
        ActivationKind.LeakyRelu => Vector512.ConditionalSelect(Vector512.GreaterThan(v, Vector512<float>.Zero), v, v * activation.Slope),
        _ => v,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Apply(Vector256<float> v, Activation activation) => activation.Kind switch
    {
        ActivationKind.Relu => Vector256.Max(v, Vector256<float>.Zero),
        ActivationKind.LeakyRelu => Vector256.ConditionalSelect(Vector256.GreaterThan(v, Vector256<float>.Zero), v, v * activation.Slope),
        _ => v,
    };
}
