using Mona.Nn.Faces.Recognition;
using Mona.Tensors;
using Mona.Tensors.Memory;
using Mona.Tensors.Ops;
using Mona.Training.Autograd;
using Mona.Training.Ops;

namespace Mona.Training.Losses;

/// <summary>
/// A convolution of the recognition net on the tape: its folded weight and bias as variables without
/// gradient, TF.js padding worked out from the input size as the inference path does.
/// </summary>
internal sealed class FrozenConv : IDisposable
{
    private readonly FoldedConv _spec;

    public FrozenConv(FoldedConv spec, TensorAllocator allocator, string name, float[]? bias = null)
    {
        _spec = spec;
        Weight = new Variable(Tensor.FromArray(new TensorShape(spec.OutChannels, spec.InChannels, spec.Kernel, spec.Kernel), spec.Weight),
            false, allocator, $"{name}.weight");
        Bias = new Variable(Tensor.FromArray(new TensorShape(1, spec.OutChannels, 1, 1), bias ?? spec.Bias), false, allocator, $"{name}.bias");
    }

    public Variable Weight { get; }

    public Variable Bias { get; }

    public Variable Forward(Tape tape, Variable x)
    {
        var (top, bottom) = _spec.PaddingFor(x.Shape.H);
        var (left, right) = _spec.PaddingFor(x.Shape.W);
        return tape.Conv2d(x, Weight, Bias, new Conv2dOptions(_spec.Stride, _spec.Stride, top, left, bottom, right));
    }

    public void Dispose()
    {
        Weight.Dispose();
        Bias.Dispose();
    }
}
