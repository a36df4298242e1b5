using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Layers;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Networks;

/// <summary>
/// G, the generator of Zakharov et al., guided by the landmark warp. Input: the target landmark
/// image ‖ the source shot already warped to the target pose (6 channels; the landmark image alone
/// in the pure ablation). An input convolution, residual down blocks (self-attention after
/// <see cref="TalkingHeadArchitecture.AttentionDepth"/> of them), AdaIN residual blocks at the
/// coarsest level, AdaIN residual up blocks back to full resolution, each level's output plus the
/// down path's features at that level (additive skips, which carry the warp's detail), and a
/// convolution head. The AdaIN γ, β of every block are ψ̂ = P·ê (<see cref="AdaInProjection"/>).
/// <para>Warp-guided output: the head gives a colour correction c (3 channels) and a mask logit m;
/// with the blend mask M = g·sigmoid(m), output = M·(warped + c) + (1 − M)·warped, computed as
/// warped + g·sigmoid(m)·c (the same value), g a learned scalar gain starting at 1. The head's three
/// correction channels start at exactly zero (weights and bias), so an untrained G returns the warped
/// frame bit for bit and training starts from the warp's score; its mask channel starts random. The
/// correction weights get the consistent gradient sigmoid(m)·h·∂L/∂out from the first step (the
/// residual between the warp and the truth), and the layers below receive gradient once they leave
/// zero. (An earlier start, a random head behind a zero gain, left g and everything below it hovering
/// about zero on the full data: the gain's gradient Σ sigmoid(m)·c·∂L/∂out has no consistent sign while
/// c is random. What also mattered was Adam's β1: see
/// <see cref="MetaLearning.MetaLearningOptions.GeneratorAdam"/>.) Pure ablation: output = sigmoid(head).</para>
/// </summary>
public sealed class Generator : Module
{
    private readonly Conv2dLayer _input, _head;
    private readonly ResidualDownBlock[] _down;
    private readonly SelfAttention _attention;
    private readonly AdaInResidualBlock[] _bottleneck;
    private readonly ResidualUpBlock[] _up;
    private readonly AdaInProjection _projection;
    private readonly int _attentionDepth;

    public Generator(ComputeContext compute, TrainingRandom random, TalkingHeadArchitecture architecture) : base(compute)
    {
        var c = architecture.GeneratorChannels;
        WarpGuided = architecture.WarpGuided;
        _attentionDepth = architecture.AttentionDepth;
        _input = Child("input", new Conv2dLayer(compute, random, WarpGuided ? 6 : 3, c[0], 3));
        _down = new ResidualDownBlock[c.Count - 1];
        for (var i = 0; i < _down.Length; i++)
            _down[i] = Child($"down{i + 1}", new ResidualDownBlock(compute, random, c[i], c[i + 1], spectralNorm: false));
        _attention = Child("attention", new SelfAttention(compute, random, c[_attentionDepth], spectralNorm: false));
        _bottleneck = new AdaInResidualBlock[architecture.BottleneckBlocks];
        for (var i = 0; i < _bottleneck.Length; i++)
            _bottleneck[i] = Child($"bottleneck{i + 1}", new AdaInResidualBlock(compute, random, c[^1]));
        // up[i] climbs from level i + 1 to level i; registered coarse to fine.
        _up = new ResidualUpBlock[c.Count - 1];
        for (var i = _up.Length - 1; i >= 0; i--)
            _up[i] = Child($"up{_up.Length - i}", new ResidualUpBlock(compute, random, c[i + 1], c[i], spectralNorm: false));
        _head = Child("head", new Conv2dLayer(compute, random, c[0], WarpGuided ? 4 : 3, 3));
        BlendGain = Parameter("blend_gain", new TensorShape(1, 1, 1, 1), Fill(WarpGuided ? 1f : 0f));
        if (WarpGuided)
        {
            // Zero the correction channels 0–2 (weights [out, in, kh, kw] and bias); channel 3, the mask logit, stays random.
            var perOutput = _head.Weight.Value.Length / 4;
            _head.Weight.Value.Span[..(3 * perOutput)].Clear();
            _head.Bias.Value.Span[..3].Clear();
        }
        var layout = _bottleneck.SelectMany(b => b.AdaInLayout).Concat(Enumerable.Range(0, _up.Length).Reverse()
            .SelectMany(i => new[] { (_up[i].InChannels, true), (_up[i].InChannels, false), (_up[i].OutChannels, true), (_up[i].OutChannels, false) }))
            .ToList();
        _projection = Child("projection", new AdaInProjection(compute, random, architecture.EmbeddingSize, layout));
    }

    /// <summary>The learned scalar g of the blend mask g·sigmoid(m); 0 when fresh (unused in the pure ablation).</summary>
    public Variable BlendGain { get; }

    /// <summary>False for the paper's pure G(landmarks, ê) ablation.</summary>
    public bool WarpGuided { get; }

    /// <param name="landmarks">N×3×S×S target landmark images.</param>
    /// <param name="guide">N×3×S×S source frames warped to the target pose; null (and unused) in the pure ablation.</param>
    /// <param name="identity">N×E×1×1 identity vectors ê.</param>
    /// <returns>N×3×S×S frames (not clamped).</returns>
    public Variable Forward(Tape tape, Variable landmarks, Variable? guide, Variable identity)
    {
        if (WarpGuided && guide is null) throw new ArgumentNullException(nameof(guide), "a warp-guided generator needs the warped source");
        var adaIn = _projection.Forward(tape, identity);
        var offset = 0;
        Variable Next(int count)
        {
            var slice = tape.SliceChannels(adaIn, offset, count);
            offset += count;
            return slice;
        }
        var h = _input.Forward(tape, WarpGuided ? tape.ConcatChannels(landmarks, guide!) : landmarks);
        var skips = new List<Variable> { h };
        for (var i = 0; i < _down.Length; i++)
        {
            h = _down[i].Forward(tape, h);
            if (i + 1 == _attentionDepth) h = _attention.Forward(tape, h);
            skips.Add(h);
        }
        foreach (var block in _bottleneck) h = block.Forward(tape, h, Next(block.AdaInParameterCount));
        for (var i = _up.Length - 1; i >= 0; i--)
            h = tape.Add(_up[i].Forward(tape, h, Next(_up[i].AdaInParameterCount)), skips[i]);
        var head = _head.Forward(tape, tape.Relu(h));
        if (!WarpGuided) return tape.Sigmoid(head);
        var mask = tape.Sigmoid(tape.SliceChannels(head, 3, 1));
        var correction = tape.SliceChannels(head, 0, 3);
        return tape.Add(guide!, tape.Scale(tape.Multiply(tape.ConcatChannels(mask, mask, mask), correction), BlendGain));
    }
}
