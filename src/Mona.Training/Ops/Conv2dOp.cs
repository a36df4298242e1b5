using Mona.Kernels.Conv;
using Mona.Tensors;
using Mona.Tensors.Ops;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Convolution on the tape: y = conv2d(x, W) + b, any stride, padding, dilation and groups.
/// Backward (see <see cref="Conv2dBackward"/>): dX = col2im(Wᵀ·dY), dW = dY·im2col(x)ᵀ, db = Σ dY.
/// </summary>
public static class Conv2dOp
{
    public static Variable Conv2d(this Tape tape, Variable x, Variable weight, Variable? bias, Conv2dOptions options)
    {
        var y = tape.Result(tape.Compute.Conv2d(x.Value, weight.Value, bias?.Value, options), x, weight, bias);
        var g = Geometry(x.Shape, weight.Shape, options);
        var threads = tape.Compute.Threads;
        tape.OnBackward(y, () =>
        {
            var dy = y.Grad!.Span;
            if (x.RequiresGrad) Conv2dBackward.Data(dy, weight.Value.Span, x.GradSpan(), g, threads);
            if (weight.RequiresGrad || bias is { RequiresGrad: true })
            {
                var dw = weight.RequiresGrad ? weight.GradSpan() : new float[weight.Value.Length];
                Conv2dBackward.Weight(x.Value.Span, dy, dw, bias is { RequiresGrad: true } ? bias.GradSpan() : default, g, threads);
            }
        });
        return y;
    }

    internal static ConvGeometry Geometry(TensorShape x, TensorShape w, Conv2dOptions o) =>
        new(x.N, x.C, x.H, x.W, w.N, w.H, w.W, o.StrideH, o.StrideW, o.PadTop, o.PadLeft, o.PadBottom, o.PadRight,
            o.DilationH, o.DilationW, o.Groups);
}
