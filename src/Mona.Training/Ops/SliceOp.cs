using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>Channels [start, start + count) of every sample. Backward: the gradient goes back into that slice.</summary>
public static class SliceOp
{
    public static Variable SliceChannels(this Tape tape, Variable x, int start, int count)
    {
        var s = x.Shape;
        if (start < 0 || count <= 0 || start + count > s.C) throw new ArgumentException($"channels [{start}, {start + count}) are outside {s}");
        var value = tape.Compute.Allocator.Allocate(new TensorShape(s.N, count, s.H, s.W));
        var plane = s.Plane;
        for (var n = 0; n < s.N; n++)
            x.Value.Span.Slice((n * s.C + start) * plane, count * plane).CopyTo(value.Span.Slice(n * count * plane, count * plane));
        var y = tape.Result(value, x);
        tape.OnBackward(y, () =>
        {
            var dx = x.GradSpan();
            for (var n = 0; n < s.N; n++)
            {
                var target = dx.Slice((n * s.C + start) * plane, count * plane);
                System.Numerics.Tensors.TensorPrimitives.Add(target, y.Grad!.Span.Slice(n * count * plane, count * plane), target);
            }
        });
        return y;
    }
}
