using Mona.Kernels.Pooling;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Layers;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Networks;

/// <summary>
/// D, the projection discriminator of Zakharov et al.: (frame ‖ landmark image) through spectrally
/// normalised residual down blocks (self-attention after <see cref="TalkingHeadArchitecture.AttentionDepth"/>),
/// a ReLU and global sum pooling to v (the paper's; an average would shrink the scores by the
/// final map's area and starve the hinge of gradient); the realism score is r = v·(W_i + w₀) + b with W_i the
/// column of training video i (<see cref="IdentityEmbeddings"/>). W also enters the embedding-match
/// loss against ê. Every block's output is returned for the feature-matching loss.
/// </summary>
public sealed class Discriminator : Module
{
    private readonly ResidualDownBlock[] _blocks;
    private readonly SelfAttention _attention;
    private readonly int _attentionDepth;

    /// <param name="videos">Training videos, one W column each.</param>
    public Discriminator(ComputeContext compute, TrainingRandom random, TalkingHeadArchitecture architecture, int videos) : base(compute)
    {
        var channels = architecture.DiscriminatorChannels;
        _blocks = new ResidualDownBlock[channels.Count];
        var inChannels = 6;
        for (var i = 0; i < channels.Count; i++)
        {
            _blocks[i] = Child($"down{i + 1}", new ResidualDownBlock(compute, random, inChannels, channels[i], spectralNorm: true, preActivation: i > 0));
            inChannels = channels[i];
        }
        _attentionDepth = architecture.AttentionDepth;
        _attention = Child("attention", new SelfAttention(compute, random, channels[_attentionDepth - 1]));
        Identities = Child("identities", new IdentityEmbeddings(compute, random, videos, channels[^1]));
    }

    /// <summary>W (one column per training video), w₀ and b.</summary>
    public IdentityEmbeddings Identities { get; }

    /// <param name="image">N×3×S×S frames, real or generated.</param>
    /// <param name="landmarks">N×3×S×S their landmark images.</param>
    /// <param name="videos">Each sample's training video (its W column).</param>
    public DiscriminatorOutput Forward(Tape tape, Variable image, Variable landmarks, IReadOnlyList<int> videos)
    {
        var h = tape.ConcatChannels(image, landmarks);
        var features = new List<Variable>();
        for (var i = 0; i < _blocks.Length; i++)
        {
            h = _blocks[i].Forward(tape, h);
            if (i + 1 == _attentionDepth) h = _attention.Forward(tape, h);
            features.Add(h);
        }
        var vector = tape.Scale(tape.GlobalPool(tape.Relu(h), PoolKind.Average), h.Shape.H * h.Shape.W);
        return new DiscriminatorOutput(Identities.Score(tape, vector, videos), features, vector);
    }
}
