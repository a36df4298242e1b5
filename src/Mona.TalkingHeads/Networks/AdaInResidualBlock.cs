using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Layers;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Networks;

/// <summary>
/// The same-resolution residual block of the paper's generator bottleneck, normalised by AdaIN
/// whose γ, β come from the projected identity vector:
/// y = x + conv3(relu(AdaIN₂(conv3(relu(AdaIN₁(x)))))). It needs 4·C AdaIN values per sample:
/// γ₁, β₁, γ₂, β₂ (C each, in that order) — <see cref="AdaInParameterCount"/>.
/// </summary>
public sealed class AdaInResidualBlock : Module
{
    private readonly Conv2dLayer _conv1, _conv2;

    public AdaInResidualBlock(ComputeContext compute, TrainingRandom random, int channels, bool spectralNorm = false) : base(compute)
    {
        Channels = channels;
        _conv1 = Child("conv1", new Conv2dLayer(compute, random, channels, channels, 3, spectralNorm: spectralNorm));
        _conv2 = Child("conv2", new Conv2dLayer(compute, random, channels, channels, 3, spectralNorm: spectralNorm));
    }

    public int Channels { get; }

    public int AdaInParameterCount => 4 * Channels;

    /// <summary>The projection layout of this block's AdaIN values: (channels, is it a γ).</summary>
    public IEnumerable<(int Channels, bool IsScale)> AdaInLayout => [(Channels, true), (Channels, false), (Channels, true), (Channels, false)];

    /// <param name="x">N×C×H×W.</param>
    /// <param name="adaIn">N × <see cref="AdaInParameterCount"/> × 1 × 1, this block's share of the projection.</param>
    public Variable Forward(Tape tape, Variable x, Variable adaIn)
    {
        var c = Channels;
        var h = tape.Relu(tape.AdaIn(x, tape.SliceChannels(adaIn, 0, c), tape.SliceChannels(adaIn, c, c)));
        h = _conv1.Forward(tape, h);
        h = tape.Relu(tape.AdaIn(h, tape.SliceChannels(adaIn, 2 * c, c), tape.SliceChannels(adaIn, 3 * c, c)));
        return tape.Add(x, _conv2.Forward(tape, h));
    }
}
