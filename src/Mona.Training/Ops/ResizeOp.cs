using Mona.Kernels.Resize;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>Up/down-sampling on the tape (nearest or bilinear). Backward: <see cref="ResizeBackward"/> scatters onto the taps.</summary>
public static class ResizeOp
{
    public static Variable Resize(this Tape tape, Variable x, int outH, int outW, ResizeOptions options)
    {
        var s = x.Shape;
        float scaleH = outH / (float)s.H, scaleW = outW / (float)s.W;
        var value = tape.Compute.Allocator.Allocate(new TensorShape(s.N, s.C, outH, outW));
        ResizeCpu.Forward(x.Value.Span, s.N, s.C, s.H, s.W, outH, outW, scaleH, scaleW, options, value.Span, tape.Compute.Threads);
        var y = tape.Result(value, x);
        tape.OnBackward(y, () => ResizeBackward.Run(y.Grad!.Span, s.N, s.C, s.H, s.W, outH, outW, scaleH, scaleW, options, x.GradSpan(),
            tape.Compute.Threads));
        return y;
    }

    /// <summary>Nearest-neighbour up-sampling by an integer factor (the up-sampling of residual up blocks).</summary>
    public static Variable Upsample(this Tape tape, Variable x, int factor) =>
        tape.Resize(x, x.Shape.H * factor, x.Shape.W * factor, new ResizeOptions(ResizeMode.Nearest, ResizeCoordinates.Asymmetric, NearestRounding.Floor));
}
