using Mona.Kernels.Activations;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>Softmax over the last axis (W) of every row on the tape. Backward: dx = y ⊙ (dy − Σ dy·y), per row.</summary>
public static class SoftmaxOp
{
    public static Variable SoftmaxLastAxis(this Tape tape, Variable x)
    {
        var s = x.Shape;
        int length = s.W, rows = s.Length / length;
        var value = tape.Compute.Allocator.Allocate(s);
        SoftmaxRows.Forward(x.Value.Span, rows, length, value.Span);
        var y = tape.Result(value, x);
        tape.OnBackward(y, () => SoftmaxRows.Backward(y.Value.Span, y.Grad!.Span, rows, length, x.GradSpan()));
        return y;
    }
}
