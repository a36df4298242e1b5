using Mona.Kernels.Conv;
using Mona.Tensors.Ops;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Transposed convolution on the tape (IOHW weight, groups 1). Backward: dX = conv2d(dY, W) and dW
/// is the adjoint convolution's weight gradient (see <see cref="ConvTranspose2dBackward"/>).
/// </summary>
public static class ConvTranspose2dOp
{
    public static Variable ConvTranspose2d(this Tape tape, Variable x, Variable weight, Variable? bias, ConvTranspose2dOptions o)
    {
        var y = tape.Result(tape.Compute.ConvTranspose2d(x.Value, weight.Value, bias?.Value, o), x, weight, bias);
        var s = x.Shape;
        var w = weight.Shape;
        var g = new ConvTransposeGeometry(s.N, s.C, s.H, s.W, w.C, w.H, w.W, o.StrideH, o.StrideW, o.PadTop, o.PadLeft,
            o.PadBottom, o.PadRight, o.OutputPadH, o.OutputPadW, o.DilationH, o.DilationW);
        var threads = tape.Compute.Threads;
        tape.OnBackward(y, () =>
        {
            var dy = y.Grad!.Span;
            if (x.RequiresGrad) ConvTranspose2dBackward.Data(dy, weight.Value.Span, x.GradSpan(), g, threads);
            if (weight.RequiresGrad || bias is { RequiresGrad: true })
            {
                var dw = weight.RequiresGrad ? weight.GradSpan() : new float[weight.Value.Length];
                ConvTranspose2dBackward.Weight(x.Value.Span, dy, dw, bias is { RequiresGrad: true } ? bias.GradSpan() : default, g, threads);
            }
        });
        return y;
    }
}
