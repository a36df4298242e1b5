using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>Same elements, another shape. Backward: the gradient is copied back unchanged.</summary>
public static class ReshapeOp
{
    public static Variable Reshape(this Tape tape, Variable x, TensorShape shape)
    {
        if (shape.Length != x.Value.Length) throw new ArgumentException($"cannot reshape {x.Shape} to {shape}", nameof(shape));
        var value = tape.Compute.Allocator.Allocate(shape);
        x.Value.Span.CopyTo(value.Span);
        var y = tape.Result(value, x);
        tape.OnBackward(y, () =>
        {
            var dx = x.GradSpan();
            System.Numerics.Tensors.TensorPrimitives.Add(dx, y.Grad!.Span, dx);
        });
        return y;
    }
}
