using System.Numerics.Tensors;
using Mona.Kernels.Elementwise;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Elementwise arithmetic on the tape, same shapes (or a one-element variable as a learned scalar).
/// Backward: d(a + b) = (dy, dy), d(a − b) = (dy, −dy), d(a ⊙ b) = (dy ⊙ b, dy ⊙ a), d(s·a) = (s·dy, Σ dy ⊙ a).
/// </summary>
public static class ElementwiseOp
{
    public static Variable Add(this Tape tape, Variable a, Variable b) => Combine(tape, a, b, 1f);

    public static Variable Subtract(this Tape tape, Variable a, Variable b) => Combine(tape, a, b, -1f);

    public static Variable Multiply(this Tape tape, Variable a, Variable b)
    {
        SameShape(a, b);
        var value = tape.Compute.Allocator.Allocate(a.Shape);
        TensorPrimitives.Multiply(a.Value.Span, b.Value.Span, value.Span);
        var y = tape.Result(value, a, b);
        tape.OnBackward(y, () =>
        {
            var dy = y.Grad!.Span;
            if (a.RequiresGrad) TensorPrimitives.FusedMultiplyAdd(dy, b.Value.Span, a.GradSpan(), a.GradSpan());
            if (b.RequiresGrad) TensorPrimitives.FusedMultiplyAdd(dy, a.Value.Span, b.GradSpan(), b.GradSpan());
        });
        return y;
    }

    /// <summary>y = factor·a for a constant factor.</summary>
    public static Variable Scale(this Tape tape, Variable a, float factor)
    {
        var value = tape.Compute.Allocator.Allocate(a.Shape);
        TensorPrimitives.Multiply(a.Value.Span, factor, value.Span);
        var y = tape.Result(value, a);
        tape.OnBackward(y, () => ScaledAdd.Run(y.Grad!.Span, factor, a.GradSpan(), tape.Compute.Threads));
        return y;
    }

    /// <summary>y = s·a for a learned one-element <paramref name="scalar"/> (SAGAN's attention gain γ).</summary>
    public static Variable Scale(this Tape tape, Variable a, Variable scalar)
    {
        if (scalar.Value.Length != 1) throw new ArgumentException($"scalar must hold one value, got {scalar.Shape}", nameof(scalar));
        var s = scalar.Value.Span[0];
        var value = tape.Compute.Allocator.Allocate(a.Shape);
        TensorPrimitives.Multiply(a.Value.Span, s, value.Span);
        var y = tape.Result(value, a, scalar);
        tape.OnBackward(y, () =>
        {
            var dy = y.Grad!.Span;
            if (a.RequiresGrad) ScaledAdd.Run(dy, s, a.GradSpan(), tape.Compute.Threads);
            if (scalar.RequiresGrad) scalar.GradSpan()[0] += TensorPrimitives.Dot(dy, a.Value.Span);
        });
        return y;
    }

    private static Variable Combine(Tape tape, Variable a, Variable b, float sign)
    {
        SameShape(a, b);
        var value = tape.Compute.Allocator.Allocate(a.Shape);
        TensorPrimitives.MultiplyAdd(b.Value.Span, sign, a.Value.Span, value.Span);
        var y = tape.Result(value, a, b);
        tape.OnBackward(y, () =>
        {
            var dy = y.Grad!.Span;
            if (a.RequiresGrad) ScaledAdd.Run(dy, 1f, a.GradSpan(), tape.Compute.Threads);
            if (b.RequiresGrad) ScaledAdd.Run(dy, sign, b.GradSpan(), tape.Compute.Threads);
        });
        return y;
    }

    private static void SameShape(Variable a, Variable b)
    {
        if (a.Shape != b.Shape) throw new ArgumentException($"elementwise op needs equal shapes, got {a.Shape} and {b.Shape}");
    }
}
