using System.Numerics;
using Mona.Kernels.Elementwise;
using Mona.Kernels.Pooling;
using Mona.Tensors;

namespace Mona.Nn.Faces.Shared;

/// <summary>The few tensor ops the face networks need beyond convolutions, on the context's allocator and threads.</summary>
internal static class FaceOps
{
    /// <summary>min(x, 6) in place: with a fused ReLU before it, TF's clipByValue(x, 0, 6).</summary>
    public static void ClampAtSix(Tensor x)
    {
        var span = x.Span;
        var six = new Vector<float>(6f);
        var i = 0;
        for (; i + Vector<float>.Count <= span.Length; i += Vector<float>.Count)
            Vector.Min(new Vector<float>(span[i..]), six).CopyTo(span[i..]);
        for (; i < span.Length; i++) span[i] = MathF.Min(span[i], 6f);
    }

    /// <summary>a + b (same shapes), new tensor.</summary>
    public static Tensor Add(ComputeContext compute, Tensor a, Tensor b)
    {
        if (a.Shape != b.Shape) throw new ArgumentException($"cannot add {a.Shape} and {b.Shape}");
        var y = compute.Allocator.Allocate(a.Shape);
        ElementwiseCpu.Apply(BinaryOp.Add, a.Span, b.Span, y.Span, compute.Threads);
        return y;
    }

    /// <summary>a += b in place.</summary>
    public static void AddInPlace(ComputeContext compute, Tensor a, Tensor b)
    {
        if (a.Shape != b.Shape) throw new ArgumentException($"cannot add {a.Shape} and {b.Shape}");
        ElementwiseCpu.Apply(BinaryOp.Add, a.Span, b.Span, a.Span, compute.Threads);
    }

    /// <summary>max(x, 0) in place.</summary>
    public static void ReluInPlace(ComputeContext compute, Tensor x) =>
        Mona.Kernels.Activations.ActivationCpu.Forward(Mona.Kernels.Activations.Activation.Relu, x.Span, x.Span, compute.Threads);

    /// <summary>Max or average pooling with a square window and a TF.js padding mode (padding is never read).</summary>
    public static Tensor Pool(ComputeContext compute, PoolKind kind, Tensor x, int kernel, int stride, Padding padding)
    {
        var (top, bottom) = PaddingMath.Of(padding, x.Shape.H, kernel, stride);
        var (left, right) = PaddingMath.Of(padding, x.Shape.W, kernel, stride);
        var options = new Pool2dOptions(kernel, kernel, stride, stride, top, left, bottom, right);
        var s = x.Shape;
        var y = compute.Allocator.Allocate(new TensorShape(s.N, s.C, options.OutputHeight(s.H), options.OutputWidth(s.W)));
        try
        {
            PoolCpu.Forward(kind, x.Span, s.N, s.C, s.H, s.W, options, y.Span, compute.Threads);
            return y;
        }
        catch
        {
            y.Dispose();
            throw;
        }
    }

    /// <summary>Mean of each plane: N×C×H×W → N×C×1×1.</summary>
    public static Tensor GlobalMean(ComputeContext compute, Tensor x)
    {
        var s = x.Shape;
        var y = compute.Allocator.Allocate(new TensorShape(s.N, s.C, 1, 1));
        PoolCpu.Global(PoolKind.Average, x.Span, s.N, s.C, s.Plane, y.Span, compute.Threads);
        return y;
    }
}
