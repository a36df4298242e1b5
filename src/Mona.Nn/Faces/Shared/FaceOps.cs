using System.Numerics;
using Mona.Kernels.Activations;
using Mona.Kernels.Elementwise;
using Mona.Kernels.Pooling;
using Mona.Tensors;

namespace Mona.Nn.Faces.Shared;

/// <summary>The face networks' ops beyond convolutions: thin adapters from TF.js semantics to the context's ops.</summary>
internal static class FaceOps
{
    /// <summary>min(x, 6) in place: with a fused ReLU before it, TF's clipByValue(x, 0, 6) (ReLU6).</summary>
    public static void ClampAtSix(Tensor x)
    {
        var span = x.Span;
        var six = new Vector<float>(6f);
        var i = 0;
        for (; i + Vector<float>.Count <= span.Length; i += Vector<float>.Count)
            Vector.Min(new Vector<float>(span[i..]), six).CopyTo(span[i..]);
        for (; i < span.Length; i++) span[i] = MathF.Min(span[i], 6f);
    }

    /// <summary>a += b in place (same shapes).</summary>
    public static void AddInPlace(ComputeContext compute, Tensor a, Tensor b)
    {
        if (a.Shape != b.Shape) throw new ArgumentException($"cannot add {a.Shape} and {b.Shape}");
        compute.ApplyInPlace(BinaryOp.Add, a, b);
    }

    /// <summary>max(x, 0) in place.</summary>
    public static void ReluInPlace(ComputeContext compute, Tensor x) => compute.ActivateInPlace(x, Activation.Relu);

    /// <summary>Max or average pooling with a square window and a TF.js padding mode (padding is never read).</summary>
    public static Tensor Pool(ComputeContext compute, PoolKind kind, Tensor x, int kernel, int stride, Padding padding)
    {
        var (top, bottom) = PaddingMath.Of(padding, x.Shape.H, kernel, stride);
        var (left, right) = PaddingMath.Of(padding, x.Shape.W, kernel, stride);
        return compute.Pool2d(kind, x, new Pool2dOptions(kernel, kernel, stride, stride, top, left, bottom, right));
    }
}
