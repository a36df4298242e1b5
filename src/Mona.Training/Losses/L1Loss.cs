using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;

namespace Mona.Training.Losses;

/// <summary>
/// Mean absolute error, L = mean |a − b|: the reconstruction loss of the generator, and the
/// building block of feature matching and embedding matching. Backward: dL/da = sign(a − b)/count,
/// dL/db = −sign(a − b)/count (sign(0) = 0).
/// </summary>
public static class L1Loss
{
    public static Variable L1(this Tape tape, Variable a, Variable b)
    {
        if (a.Shape != b.Shape) throw new ArgumentException($"L1 loss needs equal shapes, got {a.Shape} and {b.Shape}");
        var count = a.Value.Length;
        var av = a.Value.Span;
        var bv = b.Value.Span;
        double total = 0;
        for (var i = 0; i < count; i++) total += Math.Abs(av[i] - bv[i]);
        var value = tape.Compute.Allocator.Allocate(new TensorShape(1, 1, 1, 1));
        value.Span[0] = (float)(total / count);
        var y = tape.Result(value, a, b);
        tape.OnBackward(y, () =>
        {
            var g = y.Grad!.Span[0] / count;
            var da = a.RequiresGrad ? a.GradSpan() : default;
            var db = b.RequiresGrad ? b.GradSpan() : default;
            var x = a.Value.Span;
            var t = b.Value.Span;
            for (var i = 0; i < count; i++)
            {
                var d = x[i] > t[i] ? g : x[i] < t[i] ? -g : 0f;
                if (!da.IsEmpty) da[i] += d;
                if (!db.IsEmpty) db[i] -= d;
            }
        });
        return y;
    }
}
