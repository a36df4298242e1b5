using Mona.Kernels.Pooling;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Max and average pooling (windowed and global) on the tape. Backward (<see cref="PoolBackward"/>):
/// max routes the gradient to the window's winner, average spreads it over the window.
/// </summary>
public static class PoolOp
{
    public static Variable Pool(this Tape tape, Variable x, PoolKind kind, Pool2dOptions options)
    {
        var s = x.Shape;
        options.Validate(s.H, s.W);
        var value = tape.Compute.Allocator.Allocate(new TensorShape(s.N, s.C, options.OutputHeight(s.H), options.OutputWidth(s.W)));
        PoolCpu.Forward(kind, x.Value.Span, s.N, s.C, s.H, s.W, options, value.Span, tape.Compute.Threads);
        var y = tape.Result(value, x);
        tape.OnBackward(y, () => PoolBackward.Run(kind, x.Value.Span, s.N, s.C, s.H, s.W, options, y.Grad!.Span, x.GradSpan(), tape.Compute.Threads));
        return y;
    }

    /// <summary>Average pooling with a square window of size and stride <paramref name="factor"/> (the down-sampling of residual blocks).</summary>
    public static Variable AveragePool(this Tape tape, Variable x, int factor) =>
        tape.Pool(x, PoolKind.Average, Pool2dOptions.Square(factor, factor));

    /// <summary>Global pooling to N×C×1×1 (sum pooling of SAGAN discriminators is this times H·W).</summary>
    public static Variable GlobalPool(this Tape tape, Variable x, PoolKind kind)
    {
        var s = x.Shape;
        var value = tape.Compute.Allocator.Allocate(new TensorShape(s.N, s.C, 1, 1));
        PoolCpu.Global(kind, x.Value.Span, s.N, s.C, s.Plane, value.Span, tape.Compute.Threads);
        var y = tape.Result(value, x);
        tape.OnBackward(y, () => PoolBackward.Global(kind, x.Value.Span, s.N, s.C, s.Plane, y.Grad!.Span, x.GradSpan(), tape.Compute.Threads));
        return y;
    }
}
