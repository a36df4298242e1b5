using Mona.Kernels.Activations;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>Pointwise activations on the tape. Backward: <see cref="ActivationBackward"/> (f′ from x or y).</summary>
public static class ActivationOp
{
    public static Variable Activate(this Tape tape, Variable x, Activation activation, float alpha = 0.01f)
    {
        var value = tape.Compute.Allocator.Allocate(x.Shape);
        ActivationCpu.Forward(activation, x.Value.Span, value.Span, tape.Compute.Threads, alpha);
        var y = tape.Result(value, x);
        tape.OnBackward(y, () => ActivationBackward.Run(activation, x.Value.Span, y.Value.Span, y.Grad!.Span, x.GradSpan(), alpha, tape.Compute.Threads));
        return y;
    }

    public static Variable Relu(this Tape tape, Variable x) => tape.Activate(x, Activation.Relu);

    public static Variable LeakyRelu(this Tape tape, Variable x, float alpha = 0.2f) => tape.Activate(x, Activation.LeakyRelu, alpha);

    public static Variable Sigmoid(this Tape tape, Variable x) => tape.Activate(x, Activation.Sigmoid);

    public static Variable Tanh(this Tape tape, Variable x) => tape.Activate(x, Activation.Tanh);
}
