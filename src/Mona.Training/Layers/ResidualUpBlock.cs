using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>
/// Residual up-sampling block of the paper's generator, normalised by AdaIN whose γ, β come from
/// the projected embedding: main = conv3(relu(AdaIN₂(conv3(up2(relu(AdaIN₁(x))))))),
/// skip = conv1(up2(x)), y = main + skip. It needs 2·(in + out) AdaIN values per sample:
/// γ₁, β₁ (in channels each) then γ₂, β₂ (out channels each) — <see cref="AdaInParameterCount"/>.
/// </summary>
public sealed class ResidualUpBlock : Module
{
    private readonly Conv2dLayer _conv1, _conv2, _skip;

    public ResidualUpBlock(ComputeContext compute, TrainingRandom random, int inChannels, int outChannels, bool spectralNorm = true)
        : base(compute)
    {
        InChannels = inChannels;
        OutChannels = outChannels;
        _conv1 = Child("conv1", new Conv2dLayer(compute, random, inChannels, outChannels, 3, spectralNorm: spectralNorm));
        _conv2 = Child("conv2", new Conv2dLayer(compute, random, outChannels, outChannels, 3, spectralNorm: spectralNorm));
        _skip = Child("skip", new Conv2dLayer(compute, random, inChannels, outChannels, 1, spectralNorm: spectralNorm));
    }

    public int InChannels { get; }

    public int OutChannels { get; }

    public int AdaInParameterCount => 2 * (InChannels + OutChannels);

    /// <param name="adaIn">N × <see cref="AdaInParameterCount"/> × 1 × 1, this block's share of the projection.</param>
    public Variable Forward(Tape tape, Variable x, Variable adaIn)
    {
        var gamma1 = tape.SliceChannels(adaIn, 0, InChannels);
        var beta1 = tape.SliceChannels(adaIn, InChannels, InChannels);
        var gamma2 = tape.SliceChannels(adaIn, 2 * InChannels, OutChannels);
        var beta2 = tape.SliceChannels(adaIn, 2 * InChannels + OutChannels, OutChannels);
        var h = tape.Upsample(tape.Relu(tape.AdaIn(x, gamma1, beta1)), 2);
        h = _conv1.Forward(tape, h);
        h = _conv2.Forward(tape, tape.Relu(tape.AdaIn(h, gamma2, beta2)));
        return tape.Add(h, _skip.Forward(tape, tape.Upsample(x, 2)));
    }
}
