using Mona.Kernels.Elementwise;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>a + b; b has a's shape, or is N×C×1×1 / 1×C×1×1 (per channel), or holds one value.</summary>
    public Tensor Add(Tensor a, Tensor b) => Binary(BinaryOp.Add, a, b);

    /// <summary>a − b, broadcasting b as in <see cref="Add(Tensor, Tensor)"/>.</summary>
    public Tensor Sub(Tensor a, Tensor b) => Binary(BinaryOp.Subtract, a, b);

    /// <summary>a · b, broadcasting b as in <see cref="Add(Tensor, Tensor)"/>.</summary>
    public Tensor Mul(Tensor a, Tensor b) => Binary(BinaryOp.Multiply, a, b);

    /// <summary>a / b, broadcasting b as in <see cref="Add(Tensor, Tensor)"/>.</summary>
    public Tensor Div(Tensor a, Tensor b) => Binary(BinaryOp.Divide, a, b);

    /// <summary>a + s.</summary>
    public Tensor Add(Tensor a, float s) => Binary(BinaryOp.Add, a, s);

    /// <summary>a − s.</summary>
    public Tensor Sub(Tensor a, float s) => Binary(BinaryOp.Subtract, a, s);

    /// <summary>a · s.</summary>
    public Tensor Mul(Tensor a, float s) => Binary(BinaryOp.Multiply, a, s);

    /// <summary>a / s.</summary>
    public Tensor Div(Tensor a, float s) => Binary(BinaryOp.Divide, a, s);

    /// <summary>a ← a ∘ b in place, broadcasting b as in <see cref="Add(Tensor, Tensor)"/>.</summary>
    public void ApplyInPlace(BinaryOp op, Tensor a, Tensor b) => BinaryInto(op, a, b, a);

    /// <summary>a ← a ∘ s in place.</summary>
    public void ApplyInPlace(BinaryOp op, Tensor a, float s) => ElementwiseCpu.ApplyScalar(op, a.Span, s, a.Span, Threads);

    /// <summary>a ∘ b into a new tensor of a's shape.</summary>
    public Tensor Binary(BinaryOp op, Tensor a, Tensor b) => AllocateFilled(a.Shape, y => BinaryInto(op, a, b, y));

    /// <summary>a ∘ s into a new tensor of a's shape.</summary>
    public Tensor Binary(BinaryOp op, Tensor a, float s) =>
        AllocateFilled(a.Shape, y => ElementwiseCpu.ApplyScalar(op, a.Span, s, y.Span, Threads));

    private void BinaryInto(BinaryOp op, Tensor a, Tensor b, Tensor y)
    {
        var (sa, sb) = (a.Shape, b.Shape);
        if (sb == sa)
            ElementwiseCpu.Apply(op, a.Span, b.Span, y.Span, Threads);
        else if (sb.Length == 1)
            ElementwiseCpu.ApplyScalar(op, a.Span, b.Span[0], y.Span, Threads);
        else if (sb.H == 1 && sb.W == 1 && sb.C == sa.C && (sb.N == sa.N || sb.N == 1))
            ElementwiseCpu.ApplyPerChannel(op, a.Span, sa.N, sa.C, sa.Plane, b.Span, y.Span, Threads);
        else
            throw new ArgumentException($"cannot broadcast {sb} against {sa}: expected the same shape, N×C×1×1, 1×C×1×1 or one value", nameof(b));
    }
}
