using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>
/// Self-attention of SAGAN (Zhang et al. 2019), used at one resolution in the paper's G, E and D.
/// With 1×1 convolutions f, g (C/8 channels) and h (C channels) over the P = H·W pixels:
/// s[j, i] = g(x_j)·f(x_i), β[j, ·] = softmax_i s[j, ·], o_j = Σ_i β[j, i]·h(x_i), y = γ·o + x,
/// with the gain γ a learned scalar starting at 0 (the block starts as the identity).
/// </summary>
public sealed class SelfAttention : Module
{
    private readonly Conv2dLayer _f, _g, _h;
    private readonly Variable _gain;

    public SelfAttention(ComputeContext compute, TrainingRandom random, int channels, bool spectralNorm = true) : base(compute)
    {
        var inner = Math.Max(1, channels / 8);
        _f = Child("query", new Conv2dLayer(compute, random, channels, inner, 1, spectralNorm: spectralNorm));
        _g = Child("key", new Conv2dLayer(compute, random, channels, inner, 1, spectralNorm: spectralNorm));
        _h = Child("value", new Conv2dLayer(compute, random, channels, channels, 1, spectralNorm: spectralNorm));
        _gain = Parameter("gamma", new TensorShape(1, 1, 1, 1), Fill(0f));
    }

    /// <summary>The learned gain γ (set it non-zero to test the attention path).</summary>
    public Variable Gain => _gain;

    public Variable Forward(Tape tape, Variable x)
    {
        var s = x.Shape;
        var f = _f.Forward(tape, x);
        var g = _g.Forward(tape, x);
        var h = _h.Forward(tape, x);
        // gᵀ·f: P×C'·C'×P, rows j, columns i; softmax over i.
        var attention = tape.SoftmaxLastAxis(tape.MatMul(g, true, f, false));
        // o = h·βᵀ: C×P·P×P → o[c, j] = Σ_i h[c, i]·β[j, i].
        var o = tape.Reshape(tape.MatMul(h, false, attention, true), s);
        return tape.Add(tape.Scale(o, _gain), x);
    }
}
