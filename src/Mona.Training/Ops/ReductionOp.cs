using System.Numerics.Tensors;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>Sum and mean of all elements to a one-element variable. Backward: dx = dy (sum) or dy/count (mean) everywhere.</summary>
public static class ReductionOp
{
    public static Variable Sum(this Tape tape, Variable x) => Reduce(tape, x, 1f);

    public static Variable Mean(this Tape tape, Variable x) => Reduce(tape, x, 1f / x.Value.Length);

    private static Variable Reduce(Tape tape, Variable x, float factor)
    {
        var value = tape.Compute.Allocator.Allocate(new TensorShape(1, 1, 1, 1));
        value.Span[0] = (float)(Sum(x.Value.Span) * factor);
        var y = tape.Result(value, x);
        tape.OnBackward(y, () => TensorPrimitives.Add(x.GradSpan(), y.Grad!.Span[0] * factor, x.GradSpan()));
        return y;
    }

    /// <summary>Sum in float64, so a loss over a large image does not lose its small terms.</summary>
    internal static double Sum(ReadOnlySpan<float> values)
    {
        double total = 0;
        foreach (var v in values) total += v;
        return total;
    }
}
