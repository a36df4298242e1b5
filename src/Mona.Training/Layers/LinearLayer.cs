using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>A fully connected layer y = x·Wᵀ (+ b); without bias it is the paper's projection matrix P.</summary>
public sealed class LinearLayer : Module
{
    public LinearLayer(ComputeContext compute, TrainingRandom random, int inFeatures, int outFeatures, bool bias = true) : base(compute)
    {
        Weight = Parameter("weight", new TensorShape(outFeatures, inFeatures, 1, 1), XavierUniform(random, inFeatures, outFeatures));
        Bias = bias ? Parameter("bias", new TensorShape(outFeatures, 1, 1, 1), Fill(0f)) : null;
    }

    public Variable Weight { get; }

    public Variable? Bias { get; }

    public Variable Forward(Tape tape, Variable x) => tape.Linear(x, Weight, Bias);
}
