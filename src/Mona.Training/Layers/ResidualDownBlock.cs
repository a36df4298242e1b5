using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>
/// Residual down-sampling block (BigGAN's discriminator block, used by the paper's E and D and the
/// generator's encoder): main = avgpool2(conv3(relu(conv3(relu(x))))), skip = avgpool2(conv1(x)),
/// y = main + skip. The first block of a network skips the leading ReLU (<paramref name="preActivation"/> false).
/// </summary>
public sealed class ResidualDownBlock : Module
{
    private readonly Conv2dLayer _conv1, _conv2, _skip;
    private readonly bool _preActivation;

    public ResidualDownBlock(ComputeContext compute, TrainingRandom random, int inChannels, int outChannels,
        bool spectralNorm = true, bool preActivation = true) : base(compute)
    {
        _preActivation = preActivation;
        _conv1 = Child("conv1", new Conv2dLayer(compute, random, inChannels, outChannels, 3, spectralNorm: spectralNorm));
        _conv2 = Child("conv2", new Conv2dLayer(compute, random, outChannels, outChannels, 3, spectralNorm: spectralNorm));
        _skip = Child("skip", new Conv2dLayer(compute, random, inChannels, outChannels, 1, spectralNorm: spectralNorm));
    }

    public Variable Forward(Tape tape, Variable x)
    {
        var h = _preActivation ? tape.Relu(x) : x;
        h = tape.AveragePool(_conv2.Forward(tape, tape.Relu(_conv1.Forward(tape, h))), 2);
        return tape.Add(h, tape.AveragePool(_skip.Forward(tape, x), 2));
    }
}
